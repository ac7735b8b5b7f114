# collections.abc: the built-in types are instances of the ABCs CPython registers them with.
import collections.abc as cabc

NAMES = [
    "Hashable", "Iterable", "Iterator", "Reversible", "Sized", "Container", "Collection",
    "Sequence", "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping",
    "Callable", "ByteString", "MappingView", "KeysView", "ItemsView", "ValuesView",
    "Generator", "Awaitable",
]


def gen():
    yield 1


d = {"a": 1}
samples = [
    [], (), {}, set(), frozenset(), "s", b"b", bytearray(), range(3), memoryview(b""),
    1, 2.5, 1j, True, None, len, gen, gen(), iter([]), iter(()), iter(""), iter({}),
    iter(range(2)), iter(set()), d.keys(), d.values(), d.items(), iter(d.items()),
    reversed([]), zip(), map(len, []), slice(1), type, object(), Ellipsis,
]
for s in samples:
    hits = [n for n in NAMES if isinstance(s, getattr(cabc, n))]
    print(type(s).__name__, " ".join(hits))

print(issubclass(list, cabc.Sequence), issubclass(cabc.Sequence, cabc.Reversible))
print([c.__name__ for c in cabc.MutableSequence.__mro__])
print(sorted(cabc.__all__) == sorted(set(cabc.__all__)), len(cabc.__all__))
print(cabc.Iterable.__module__, cabc.Mapping.__qualname__)
