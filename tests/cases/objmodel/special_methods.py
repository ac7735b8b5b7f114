# __index__, __bool__, __len__, __format__, __round__, __trunc__, __floor__, __ceil__, the
# __getitem__ iteration protocol, exception subclasses with extra state.
import math


class Num:
    def __index__(self):
        return 3

    def __bool__(self):
        return False

    def __len__(self):
        return 9

    def __format__(self, spec):
        return "F" + spec

    def __round__(self, n=None):
        return ("round", n)

    def __trunc__(self):
        return 7

    def __floor__(self):
        return 8

    def __ceil__(self):
        return 9


n = Num()
print([1, 2, 3, 4][n], bool(n), len(n), format(n, "x"), f"{n:>3}", round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n), bin(n), hex(n), oct(n), "ab"[n - 2:] if False else "")
print(range(10)[n], list(range(n)), [0] * 2)


class LenOnly:
    def __len__(self):
        return 0


print(bool(LenOnly()), "yes" if LenOnly() else "no")


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)


class It:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


it = iter(It())
print(list(It()), type(it).__name__, 10 in It(), next(it), next(it))
print(sorted(It(), reverse=True), sum(It()), list(enumerate(It())))


class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b

    def __str__(self):
        return f"E({self.args[0]}, {self.b})"


try:
    raise E(1, 2)
except E as e:
    print(e, repr(e), e.b, e.args)


class Code(ValueError):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code


try:
    raise Code(404, "missing")
except ValueError as e:
    print(e, e.code, e.args, isinstance(e, Code))
