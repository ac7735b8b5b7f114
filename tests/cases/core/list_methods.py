# list methods: append, extend, insert, pop, remove, index, count, sort, reverse, copy, clear.
items = [3, 1, 2]
items.append(4)
items.extend([5, 6])
items.extend("ab")
items.insert(0, "first")
items.insert(100, "last")
items.insert(-1, "before last")
print(items)
print(items.pop(), items.pop(0), items.pop(-2), items)
items.remove("a")
print(items, items.index(2), items.count(1), items.index(1, 1))
try:
    items.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    items.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
numbers = [5, 2, 9, 1, 5, 6]
numbers.sort()
print(numbers)
numbers.sort(reverse=True)
print(numbers)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.reverse()
print(words)
copy = words.copy()
copy.clear()
print(copy, len(words))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted([3, 1, 2]), [1, 2] * 2, [[]] * 2)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
