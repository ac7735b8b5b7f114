# range: arguments, negative steps, len, indexing, slicing, membership, equality, errors.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(3, -3, -1)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:3], r[::-1], list(r[::2]), r.index(9), r.count(9), 13 in r, 14 in r)
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(len(range(10 ** 6)), range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(sum(range(101)), max(range(7)), list(reversed(range(4))))
print(repr(range(0, 5, 1)), str(range(-1, 1)))
