# __call__: callable instances, callable(), instances used as functions and decorators.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor


double = Multiplier(2)
print(double(21), callable(double), callable(Multiplier), callable(3))
print(list(map(Multiplier(3), [1, 2, 3])))


class Memo:
    def __init__(self, function):
        self.function = function
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.function(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), type(fib).__name__)


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, *values, scale=1):
        self.total += sum(values) * scale
        return self.total


acc = Accumulator()
acc(1, 2)
acc(3, scale=10)
print(acc.total)
