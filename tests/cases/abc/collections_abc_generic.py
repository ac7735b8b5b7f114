# collections.abc: subscripting the ABCs gives generic aliases; Callable flattens its arguments.
from collections.abc import Callable, Iterable, Mapping, Sequence

print(Iterable[int], Mapping[str, int], Sequence[Sequence[int]])
a = Callable[[int, str], float]
print(a, a.__args__, a.__origin__ is Callable)
print(Callable[..., int], Callable[[], None], Callable[[int], Callable[[str], bytes]])
print(Iterable[int] == Iterable[int], Iterable[int] == Iterable[str])
print(Iterable[int].__origin__ is Iterable, Mapping[str, int].__args__)


def handler():
    pass


print(Callable[[handler], int])
for bad in ((int,), int):
    try:
        Callable[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Callable[int, str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance([], Iterable[int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], Iterable), issubclass(dict, Mapping))


class Pairs(Sequence[int]):
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i

    def __len__(self):
        return 2


print(list(Pairs()), [c.__name__ for c in Pairs.__mro__][:3])
