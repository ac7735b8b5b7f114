# Starred assignment targets and unpacking errors.
head, *tail = [1, 2, 3, 4]
print(head, tail)
*init, last = "abcd"
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
a, *middle, z = (1, 2)
print(a, middle, z)
(x, *rest), y = [1, 2, 3], 4
print(x, rest, y)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)
k, v = {"one": 1}.popitem()
print(k, v)
