# functools.reduce (initial, empty iterables, argument errors) and cmp_to_key (sorting, the
# key objects' comparisons and their errors)
import functools
from functools import reduce, cmp_to_key

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda a, b: a + b, ['only']))
print(reduce(lambda a, b: [a, b], iter('abc')))
print(reduce(max, (3, 9, 2)), reduce(lambda a, b: a, [], None))
for args in ((max,), (max, 5), (max, []), (max, [], 1, 2), ()):
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reduce(max, [1], initial=0)
except TypeError as e:
    print(type(e).__name__, e)


def numeric(a, b):
    return (a > b) - (a < b)


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return numeric(b, a)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted([3, 1, 2], key=cmp_to_key(numeric), reverse=True))
print(max([4, 8, 1], key=cmp_to_key(numeric)), min('bca', key=cmp_to_key(numeric)))
K = cmp_to_key(numeric)
a, b = K(1), K(2)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, K(3) == K(3))
print(a.obj, b.obj, type(K).__name__, type(a).__name__)
for bad in (lambda: a < 2, lambda: hash(a), lambda: K(), lambda: K(1, 2), lambda: cmp_to_key()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(K(obj=5).obj)
