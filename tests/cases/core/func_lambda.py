# lambda expressions: arguments, defaults, closures, as keys, immediately called.
add = lambda a, b: a + b
print(add(2, 3))
print((lambda: "no args")())
print((lambda x, y=10: x * y)(4))
print((lambda *args: len(args))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda pair: pair[1]))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda x: "big" if x > 5 else "small")(7))
print(add.__name__)
