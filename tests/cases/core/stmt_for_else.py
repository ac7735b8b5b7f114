# for loops over many iterables, else clause, break and continue, nested loops.
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("for finished")


def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print("found", target, "at", index)
            break
    else:
        print(target, "not found")


find([4, 5, 6], 5)
find([4, 5, 6], 7)
for key in {"x": 1, "y": 2}:
    print("key", key)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end=" ")
print()
for nothing in []:
    print("never")
else:
    print("else of an empty for")
last = None
for last in range(4):
    pass
print("loop variable after loop:", last)
