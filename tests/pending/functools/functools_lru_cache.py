# functools.lru_cache and cache: hits/misses, eviction order, maxsize None/0/negative, typed,
# keyword order, cache_info/cache_clear/cache_parameters, __wrapped__, methods, errors
import functools

calls = []


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


print([square(n) for n in (1, 2, 1, 3, 2, 1)], calls)
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, tuple(info), info == (2, 4, 2, 2), info._fields, info[1])
square.cache_clear()
print(square.cache_info(), square.cache_parameters())
print(square.__name__, square.__wrapped__(5), square.cache_info().misses)


@functools.lru_cache
def bare(x, y=0):
    return x + y


print(bare(1), bare(1), bare(1, y=0), bare(x=1), bare(1, 0), bare.cache_info())
print(bare.cache_parameters())


@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())
untyped = functools.lru_cache()(lambda x: type(x).__name__)
print(untyped(1), untyped(1.0), untyped.cache_info())
zero = functools.lru_cache(maxsize=0)(lambda: 'z')
print(zero(), zero(), zero.cache_info())
neg = functools.lru_cache(maxsize=-5)(lambda: 'n')
print(neg(), neg.cache_info(), neg.cache_parameters())
kw = functools.lru_cache(maxsize=10)(lambda **k: sorted(k))
print(kw(a=1, b=2), kw(b=2, a=1), kw(a=1, b=2), kw.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info(), fib.cache_parameters())


class Thing:
    def __init__(self, v):
        self.v = v

    @functools.lru_cache(maxsize=None)
    def double(self):
        return self.v * 2


t = Thing(21)
print(t.double(), t.double(), Thing.double.cache_info())
for bad in ('big', 1.5):
    try:
        functools.lru_cache(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    square([1])
except TypeError as e:
    print(type(e).__name__, e)
