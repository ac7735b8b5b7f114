# Iterators: iter() on built-ins, next() with default, exhaustion, iterators are their own iterators.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(iter(s) is s, list(s), list(s))
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
r = iter(range(3))
print(list(zip(r, r)))
counter = iter(range(10))
for n in counter:
    if n == 3:
        break
print("resumed:", list(counter))
calls = [0]


def source():
    calls[0] += 1
    return calls[0]


print(list(iter(source, 4)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
