# _collections_abc: the abstract base classes of collections.abc, as CPython 3.11's, written for
# gilt from the documented behaviour: the one-trick ABCs recognise a class by its methods
# (__subclasshook__), the others by inheritance or registration, and the containers carry
# their mixin methods (Set's operators, Mapping's get/keys/items, Sequence's index/count, ...).
# The built-in types are registered as CPython registers them, so isinstance([], Sequence) holds.
#
# gilt's built-in types do not list all their special methods in their __dict__ yet (range has
# no '__iter__' there, list's __hash__ is not None), so the method check consults a table of
# what CPython's built-in types define (_NATIVE_METHODS) before a built-in type's own __dict__.
# Left out: Buffer (3.12), the pattern-matching flags (__abc_tpflags__).

from abc import ABCMeta, abstractmethod
import sys

# CPython names this module after the package that re-exports it.
__name__ = "collections.abc"

from _generic_alias import GenericAlias, _type_repr as _alias_type_repr

EllipsisType = type(...)


def _f():
    pass


FunctionType = type(_f)
del _f

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
    "Sized", "Container", "Callable", "Collection",
    "Set", "MutableSet",
    "Mapping", "MutableMapping",
    "MappingView", "KeysView", "ItemsView", "ValuesView",
    "Sequence", "MutableSequence",
    "ByteString",
]

# The concrete types registered below, named as CPython's module names them.
bytes_iterator = type(iter(b""))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(iter(zip()))
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)
if mappingproxy is dict:
    # gilt's class __dict__ is a plain dict yet: its read-only view is types' Python class.
    from types import MappingProxyType as mappingproxy


def _make_generator():
    yield


generator = type(_make_generator())
del _make_generator


async def _make_coroutine():
    pass


_c = _make_coroutine()
coroutine = type(_c)
_c.close()
del _c, _make_coroutine


async def _make_async_generator():
    yield


async_generator = type(_make_async_generator())
del _make_async_generator


def _native_methods():
    # What CPython's built-in types define among the methods the one-trick ABCs look for:
    # True when defined, None when set to None (unhashable types). A gilt type that stands for
    # two CPython types (an async generator is a generator in gilt) keeps the first entry.
    hashable = {"__hash__": True}
    iterator = {"__iter__": True, "__next__": True}
    unhashable = {"__hash__": None}
    table = {}

    def put(t, *parts):
        if t not in table:
            d = {}
            for p in parts:
                d.update(p)
            table[t] = d

    coll = {"__iter__": True, "__len__": True, "__contains__": True}
    rev = {"__reversed__": True}
    put(object, hashable)
    put(type, {"__call__": True})
    for t in (int, float, complex):
        put(t, hashable)
    put(bool, {})
    for t in (str, bytes, tuple, frozenset):
        put(t, hashable, coll)
    put(range, hashable, coll, rev)
    put(memoryview, hashable, {"__iter__": True, "__len__": True})
    put(bytearray, unhashable, coll)
    put(set, unhashable, coll)
    put(list, unhashable, coll, rev)
    put(dict, unhashable, coll, rev)
    put(slice, unhashable)
    put(dict_keys, unhashable, coll, rev)
    put(dict_items, unhashable, coll, rev)
    put(dict_values, hashable, {"__iter__": True, "__len__": True}, rev)
    put(generator, iterator, {"send": True, "throw": True, "close": True})
    put(coroutine, {"__await__": True, "send": True, "throw": True, "close": True})
    put(
        async_generator,
        {"__aiter__": True, "__anext__": True, "asend": True, "athrow": True, "aclose": True},
    )
    for t in (
        bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
        dict_itemiterator, list_iterator, list_reverseiterator, range_iterator, set_iterator,
        str_iterator, tuple_iterator, zip_iterator, type(map(len, ())),
        type(filter(None, ())), type(enumerate(())), type(reversed(())),
        type(reversed({})), type(iter(memoryview(b""))),
    ):
        put(t, iterator)
    put(type(len), hashable, {"__call__": True})
    put(FunctionType, {"__call__": True})
    put(staticmethod, {"__call__": True})
    for t in (
        type(None), type(NotImplemented), EllipsisType, property, classmethod, super,
        BaseException, type(sys),
    ):
        put(t, {})
    return table


_NATIVE_METHODS = _native_methods()
del _native_methods


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            native = _NATIVE_METHODS.get(B)
            if native is not None:
                if method not in native:
                    continue
                if native[method] is None:
                    return NotImplemented
                break
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _methods_hook(*methods):
    """The __subclasshook__ of a one-trick ABC: a class that defines all of `methods` (none of
    them set to None) is a virtual subclass. The ABC's own subclasses inherit the hook but fall
    back to the usual checks (NotImplemented), as CPython's `if cls is Hashable` test does."""

    def __subclasshook__(cls, C):
        if cls.__dict__.get("__subclasshook__") is hook:
            return _check_methods(C, *methods)
        return NotImplemented

    hook = classmethod(__subclasshook__)
    return hook


def _raise_thrown(typ, val, tb):
    # The default throw() of Generator, Coroutine and AsyncGenerator: raise what was thrown in.
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_by_throw(obj, kind):
    # The default close() of Generator and Coroutine: throw GeneratorExit in, which must end it.
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError(kind + " ignored GeneratorExit")


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _methods_hook("__hash__")


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __subclasshook__ = _methods_hook("__await__")

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine.
        Return next yielded value or raise StopIteration.
        """
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the coroutine.
        Return next yielded value or raise StopIteration.
        """
        _raise_thrown(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside coroutine."""
        _close_by_throw(self, "coroutine")

    __subclasshook__ = _methods_hook("__await__", "send", "throw", "close")


Coroutine.register(coroutine)


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __subclasshook__ = _methods_hook("__aiter__")

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Return the next item or raise StopAsyncIteration when exhausted."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _methods_hook("__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """Return the next item from the asynchronous generator.
        When exhausted, raise StopAsyncIteration.
        """
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Send a value into the asynchronous generator.
        Return next yielded value or raise StopAsyncIteration.
        """
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception in the asynchronous generator.
        Return next yielded value or raise StopAsyncIteration.
        """
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        """Raise GeneratorExit inside generator."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    __subclasshook__ = _methods_hook("__aiter__", "__anext__", "asend", "athrow", "aclose")


if async_generator is not generator:
    AsyncGenerator.register(async_generator)


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    __subclasshook__ = _methods_hook("__iter__")

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        "Return the next item from the iterator. When exhausted, raise StopIteration"
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _methods_hook("__iter__", "__next__")


for _t in (
    bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator, dict_itemiterator,
    list_iterator, list_reverseiterator, range_iterator, set_iterator, str_iterator,
    tuple_iterator, zip_iterator,
):
    Iterator.register(_t)
del _t


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    __subclasshook__ = _methods_hook("__reversed__", "__iter__")


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """Return the next item from the generator.
        When exhausted, raise StopIteration.
        """
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator.
        Return next yielded value or raise StopIteration.
        """
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the generator.
        Return next yielded value or raise StopIteration.
        """
        _raise_thrown(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside generator."""
        _close_by_throw(self, "generator")

    __subclasshook__ = _methods_hook("__iter__", "__next__", "send", "throw", "close")


Generator.register(generator)


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _methods_hook("__len__")


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _methods_hook("__contains__")

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    __subclasshook__ = _methods_hook("__len__", "__iter__", "__contains__")


class _CallableGenericAlias(GenericAlias):
    """Represent `Callable[argtypes, resulttype]`: the argument types are flattened into
    __args__, so Callable[[int, str], float] has __args__ (int, str, float)."""

    def __init__(self, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        t_args, t_result = args
        if isinstance(t_args, (tuple, list)):
            args = (*t_args, t_result)
        elif not _is_param_expr(t_args):
            raise TypeError(
                "Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                f"Got {t_args}"
            )
        super().__init__(origin, args)

    def __repr__(self):
        if len(self.__args__) == 2 and _is_param_expr(self.__args__[0]):
            return super().__repr__()
        return (
            "collections.abc.Callable"
            f"[[{', '.join([_type_repr(a) for a in self.__args__[:-1]])}], "
            f"{_type_repr(self.__args__[-1])}]"
        )

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _CallableGenericAlias, (Callable, args)


def _is_param_expr(obj):
    """True for an ellipsis, a ParamSpec or a Concatenate: the argument forms of Callable[...]
    that are not a list of types."""
    if obj is Ellipsis:
        return True
    if isinstance(obj, list):
        return False
    obj = type(obj)
    names = ("ParamSpec", "_ConcatenateGenericAlias")
    return obj.__module__ == "typing" and any(obj.__name__ == name for name in names)


def _type_repr(obj):
    """The repr of an object, as it appears among a generic alias's arguments: a function
    by its name, the rest as in any generic alias."""
    if isinstance(obj, FunctionType):
        return obj.__name__
    return _alias_type_repr(obj)


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _methods_hook("__call__")

    __class_getitem__ = classmethod(_CallableGenericAlias)


### SETS ###


class Set(Collection):
    """A set is a finite, iterable container.

    This class provides concrete generic implementations of all methods except for
    __contains__, __iter__ and __len__.
    """

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Construct an instance of the class from any iterable input.

        Must override this method if the class constructor signature does not accept an
        iterable for an input.
        """
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        "Return True if two sets have a null intersection."
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = (e for s in (self, other) for e in s)
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """Compute the hash value of a set, as frozenset's hash does (order-independent).

        Set does not define __hash__ itself, since not every Set is immutable; a class that
        wants a hash writes `__hash__ = Set._hash`.
        """
        MAX = sys.maxsize
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


def _as_set(s, other):
    # The other operand of a Set operator that needs membership tests: a Set as it is, another
    # iterable made into one of s's kind, anything else NotImplemented.
    if isinstance(other, Set):
        return other
    if not isinstance(other, Iterable):
        return NotImplemented
    return s._from_iterable(other)


Set.register(frozenset)


class MutableSet(Set):
    """A mutable set is a finite, iterable container.

    This class provides concrete generic implementations of all methods except for
    __contains__, __iter__, __len__, add(), and discard().
    """

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element.  Do not raise an exception if absent."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element. If not a member, raise a KeyError."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Return the popped value.  Raise KeyError if empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """This is slow (creates N new iterators!) but effective."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


MutableSet.register(set)


### MAPPINGS ###


class Mapping(Collection):
    """A Mapping is a generic container for associating key/value pairs.

    This class provides concrete generic implementations of all methods except for
    __getitem__, __iter__, and __len__.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


Mapping.register(mappingproxy)


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "{0.__class__.__name__}({0._mapping!r})".format(self)

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


KeysView.register(dict_keys)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


ItemsView.register(dict_items)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


ValuesView.register(dict_values)


class MutableMapping(Mapping):
    """A MutableMapping is a generic container for associating key/value pairs.

    This class provides concrete generic implementations of all methods except for
    __getitem__, __setitem__, __delitem__, __iter__, and __len__.
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value.
        If key is not found, d is returned if given, otherwise KeyError is raised.
        """
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        """D.popitem() -> (k, v), remove and return some (key, value) pair
        as a 2-tuple; but raise KeyError if D is empty.
        """
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        "D.clear() -> None.  Remove all items from D."
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.
        If E present and has a .keys() method, does:     for k in E: D[k] = E[k]
        If E present and lacks .keys() method, does:     for (k, v) in E: D[k] = v
        In either case, this is followed by: for k, v in F.items(): D[k] = v
        """
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        "D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


MutableMapping.register(dict)


### SEQUENCES ###


class Sequence(Reversible, Collection):
    """All the operations on a read-only sequence.

    Concrete subclasses must override __new__ or __init__, __getitem__, and __len__.
    """

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """S.index(value, [start, [stop]]) -> integer -- return first index of value.
        Raises ValueError if the value is not present.

        Supporting start and stop arguments is optional, but recommended.
        """
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)

        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        "S.count(value) -> integer -- return number of occurrences of value"
        return sum(1 for v in self if v is value or v == value)


Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(memoryview)


class ByteString(Sequence):
    """This unifies bytes and bytearray.

    XXX Should add all their methods.
    """

    __slots__ = ()


ByteString.register(bytes)
ByteString.register(bytearray)


class MutableSequence(Sequence):
    """All the operations on a read-write sequence.

    Concrete subclasses must provide __new__ or __init__, __getitem__, __setitem__,
    __delitem__, __len__, and insert().
    """

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        "S.insert(index, value) -- insert value before index"
        raise IndexError

    def append(self, value):
        "S.append(value) -- append value to the end of the sequence"
        self.insert(len(self), value)

    def clear(self):
        "S.clear() -> None -- remove all items from S"
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        "S.reverse() -- reverse *IN PLACE*"
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        "S.extend(iterable) -- extend sequence by appending elements from the iterable"
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """S.pop([index]) -> item -- remove and return item at index (default last).
        Raise IndexError if list is empty or index is out of range.
        """
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """S.remove(value) -- remove first occurrence of value.
        Raise ValueError if the value is not present.
        """
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


MutableSequence.register(list)
MutableSequence.register(bytearray)  # Multiply inheriting, see ByteString
