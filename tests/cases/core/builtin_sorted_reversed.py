# sorted with key and reverse, stability, sorting strings and tuples; reversed on sequences.
data = [5, 2, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), data)
words = ["banana", "Pie", "apple", "cherry", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [("bob", 25), ("ann", 30), ("cid", 25), ("dee", 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted([]))
print(sorted([1.5, -2, 0, True]), sorted([[2, 1], [1, 2], [1]]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
