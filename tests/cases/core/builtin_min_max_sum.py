# min and max with iterables, several arguments, key and default; sum with start.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), max([1.5, 2]), min((-1, -5)))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([], default="empty"), min([], default=None), max([7], default=0))
print(max(-3, 2, key=abs), min([(2, "b"), (1, "z"), (1, "a")]))
print(max([3, 9, 9, 1], key=lambda v: v % 3), max("apple", "pear", key=len))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([]), sum([0.1, 0.2]), sum(range(5), start=100))
print(sum([[1], [2]], []), sum([True, True, True]), sum((2 ** 64, 1)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
