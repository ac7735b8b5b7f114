# Membership (in / not in) across containers, identity (is / is not) for singletons.
print(2 in [1, 2, 3], 5 not in [1, 2, 3])
print("ell" in "hello", "" in "abc", "z" not in "abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {"k": 1}.values())
print(3 in {1, 2, 3}, 3 in frozenset([3]), 3 in (1, 2))
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(10))
print(b"b" in b"abc", 98 in b"abc")
print([1, 2] in [[1, 2], [3]], (1, 2) in [[1, 2]])
print(1.0 in [1], True in [1], 0 in [False])
x = None
print(x is None, x is not None)
print(True is True, False is not True)
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(type(1) is int, type(True) is int, type(True) is bool)
print(id(a) == id(c), id(a) == id(b))
s = set()
print(s is not set())
print(... is Ellipsis, NotImplemented is NotImplemented)
