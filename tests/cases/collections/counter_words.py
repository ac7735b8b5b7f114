# Counter on words: counting, top-n with ties, multiset arithmetic, filters, totals
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick""".split()
words = Counter(text)
print(words.most_common(3))
print(words['the'], words['cat'], len(words), words.total(), sum(words.values()))
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print([w for w, n in words.items() if n == 1])

first_line = Counter(text[:9])
rest = words - first_line
print(rest)
print(first_line & words == first_line, first_line <= words, words >= first_line)
print((words | Counter(new=5)).most_common(2))

letters = Counter()
for w in text:
    letters.update(w)
print(letters.most_common(5), letters.total())
vowels = Counter({v: letters[v] for v in 'aeiou'})
print(vowels, +vowels == vowels, vowels - Counter(a=100))

inventory = Counter(apples=3, pears=0, plums=-1)
print(inventory, +inventory, -inventory, list(inventory.elements()))
inventory['apples'] -= 3
print(inventory, inventory == Counter(), +inventory == Counter())

c = Counter(a=2, b=4)
c.update(Counter(a=1))
c.update(a=10)
c.subtract(b=5)
print(c, sorted(c), list(c), c.most_common(1))
print(Counter(dict.fromkeys('xyz', 1)), Counter(zip('ab', 'cd')))
print(Counter({(1, 2): 3, frozenset('a'): 1, None: 2}))
