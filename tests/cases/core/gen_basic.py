# Generators: lazy execution, yield values, StopIteration at the end, return value, state.
def numbers(limit):
    print("generator starts")
    n = 0
    while n < limit:
        print("yielding", n)
        yield n
        n += 1
    print("generator ends")


gen = numbers(3)
print("created", type(gen).__name__)
print(next(gen))
print(next(gen))
print(list(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")


def with_return():
    yield 1
    return "the result"


g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])
print(sum(x for x in numbers(0)))


def pairs(items):
    for i, item in enumerate(items):
        yield i, item


print(dict(pairs("abc")))
print(iter(f) is f, next(f, "default"))
