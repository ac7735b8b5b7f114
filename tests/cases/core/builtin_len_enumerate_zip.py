# len, enumerate (with start), zip (uneven lengths, strict), range in loops.
print(len("abc"), len([1, 2]), len({}), len(range(5)), len({1, 2}), len(b"xy"), len("中文"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
for i, ch in enumerate("xyz"):
    print(i, ch)
print(list(enumerate(["a", "b"], start=10)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names = ["ann", "bob"]
ages = [30, 40]
print(dict(zip(names, ages)))
pairs = [(1, "one"), (2, "two")]
numbers, words = zip(*pairs)
print(numbers, words)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
for i in range(2, 10, 3):
    print("range step", i)
print(type(enumerate([])).__name__, type(zip()).__name__)
