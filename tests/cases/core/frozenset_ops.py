# frozenset: immutable, hashable, usable as dict keys and set members, mixed operations with set.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(frozenset(), repr(frozenset([7])))
g = frozenset({2, 3, 4})
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g))
print(type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
groups = {frozenset(["a", "b"]): "ab", frozenset(["c"]): "c"}
print(groups[frozenset(["b", "a"])])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError")
print(f.issubset({1, 2, 3, 4}), f.issuperset([1]), sorted(f.union([0])))
print(frozenset("aab") == frozenset("ba"), sorted(frozenset("hello")))
