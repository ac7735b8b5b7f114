# set operations: union, intersection, difference, symmetric difference, subsets, mutation methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3])), sorted(a.difference({1})))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], "a")
print(sorted(s, key=str), len(s))
s.discard(99)
s.remove(1)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(sorted(s, key=str))
c = {10, 20, 30}
c |= {40}
c &= {10, 20, 40}
c -= {20}
print(sorted(c))
c ^= {10, 50}
print(sorted(c))
print(set("hello") == set("olleh"), sorted(set("mississippi")))
print(len({1, 1.0, True}), {0} == {False}, 1 in {1.0})
single = {42}
print(single.pop(), single, set() == set([]))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(repr(set()), {5}, sorted({x % 3 for x in range(10)}))
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words, key=len))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
