# types: names for the interpreter's built-in types and the dynamic class-creation helpers
# (new_class, prepare_class, resolve_bases), as CPython 3.11's module, written for gilt from the
# documented behaviour. Most names are `type(...)` of a gilt object; where gilt has no distinct
# type of its own the name is the gilt type that stands in for it (a method-wrapper is a
# builtin_function_or_method in gilt, so MethodWrapperType is BuiltinFunctionType).
#
# Written here in Python because gilt has no native type for them yet: SimpleNamespace (the one
# sys.implementation uses is a helper of sys), MappingProxyType (a class's __dict__ is a plain
# dict in gilt) and UnionType (`int | str` on classes is not wired to it yet; `_union_or` is the
# operation the interpreter can call).
# Left out: AsyncGeneratorType (gilt's async generators are generators), get_original_bases
# and CapsuleType (3.12+).

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)  # Same as FunctionType
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a

    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # Prevent ResourceWarning


async def _ag():
    yield


_ag = _ag()
if type(_ag) is not GeneratorType:
    AsyncGeneratorType = type(_ag)
del _ag


class _C:
    __slots__ = ("_s",)

    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)  # Same as BuiltinFunctionType

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(_C._s)

del sys, _f, _g, _C, _c, _cell_factory  # Not for export

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

from _generic_alias import GenericAlias


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if _repr_running(self):
            return name + "(...)"
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_done(self)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __getattr__(self, name):
        # CPython's message names the type with its module ('types.SimpleNamespace').
        tname = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
        raise AttributeError(f"'{tname}' object has no attribute '{name}'")

    def __reduce__(self):
        return (type(self), (), self.__dict__)


SimpleNamespace.__module__ = "types"

# Objects whose repr is being computed on this thread: a namespace that holds itself prints
# `namespace(...)` inside.
_repr_stack = []


def _repr_running(obj):
    for o in _repr_stack:
        if o is obj:
            return True
    _repr_stack.append(obj)
    return False


def _repr_done(obj):
    for i in range(len(_repr_stack) - 1, -1, -1):
        if _repr_stack[i] is obj:
            del _repr_stack[i]
            return


MappingProxyType = type(type.__dict__)
if MappingProxyType is dict:

    class mappingproxy:
        """Read-only proxy of a mapping."""

        __slots__ = ("_mapping",)

        def __new__(cls, *args, **kwargs):
            if len(args) + len(kwargs) > 1:
                n = len(args) + len(kwargs)
                raise TypeError(f"mappingproxy() takes at most 1 argument ({n} given)")
            if args:
                mapping = args[0]
            elif "mapping" in kwargs:
                mapping = kwargs["mapping"]
            else:
                raise TypeError("mappingproxy() missing required argument 'mapping' (pos 1)")
            if not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
                raise TypeError(
                    f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}"
                )
            self = object.__new__(cls)
            object.__setattr__(self, "_mapping", mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __reversed__(self):
            return reversed(self._mapping)

        def get(self, key, default=None, /):
            return self._mapping.get(key, default)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __eq__(self, other):
            return self._mapping == other

        def __ne__(self, other):
            return self._mapping != other

        __hash__ = None

        def __or__(self, other):
            if isinstance(other, MappingProxyType):
                other = other._mapping
            return self._mapping | other

        def __ror__(self, other):
            return other | self._mapping

        def __ior__(self, other):
            raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

        def __repr__(self):
            return f"mappingproxy({self._mapping!r})"

        def __str__(self):
            return str(self._mapping)

        def __setattr__(self, name, value):
            raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

        __class_getitem__ = classmethod(GenericAlias)

    mappingproxy.__module__ = "builtins"
    MappingProxyType = mappingproxy
    del mappingproxy


def _union_type_repr(obj):
    if obj is NoneType:
        return "None"
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    return repr(obj)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union_or(left, right):
    """`left | right` for classes, None, generic aliases and unions: a UnionType, the one
    argument when both are the same, or NotImplemented."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        parts = side.__args__ if isinstance(side, UnionType) else (side,)
        for p in parts:
            if p is None:
                p = NoneType
            if not any(p is a or (type(p) is type(a) and p == a) for a in args):
                args.append(p)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    object.__setattr__(u, "__args__", tuple(args))
    return u


class UnionType:
    """Represent a PEP 604 union type

    E.g. for int | str"""

    __slots__ = ("__args__",)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return " | ".join(_union_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
            if isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
            if issubclass(cls, arg):
                return True
        return False

    @property
    def __parameters__(self):
        params = []
        for a in self.__args__:
            for p in getattr(a, "__parameters__", ()):
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")


UnionType.__module__ = "types"


# Provide a PEP 3115 compliant mechanism for class creation
def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift : i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple

    *metaclass* is the appropriate metaclass
    *namespace* is the prepared class namespace
    *kwds* is an updated copy of the passed in kwds argument with any
    'metaclass' entry removed. If no kwds argument is passed in, this will
    be an empty dict.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)  # Don't alter the provided mapping
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        # when meta is a type, we first determine the most-derived metaclass
        # instead of invoking the initial candidate directly
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        # else:
        raise TypeError(
            "metaclass conflict: "
            "the metaclass of a derived class "
            "must be a (non-strict) subclass "
            "of the metaclasses of all its bases"
        )
    return winner


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    This is a descriptor, used to define attributes that act differently when accessed through
    an instance and through a class.  Instance access remains normal, but access to an
    attribute through a class will be routed to the class's __getattr__ method; this is done
    by raising AttributeError.

    This allows one to have properties active on an instance, and have virtual attributes on
    the class with the same name.  (Enum used this between Python versions 3.4 - 3.9 .)

    Subclass from this to use a different method of accessing virtual attributes and still be
    treated properly by the inspect module. (Enum uses this since Python 3.10 .)
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # next two lines make DynamicClassAttribute act the same as property
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        # support for abstract methods
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


class _GeneratorWrapper:
    # An awaitable view of a generator: what coroutine() hands out for a generator function,
    # since gilt cannot mark a code object as an iterable coroutine (code.replace is missing).
    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Convert regular generator function to a coroutine."""

    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    if func.__class__ is FunctionType and getattr(func, "__code__", None).__class__ is CodeType:
        co_flags = func.__code__.co_flags
        # Check if 'func' is a coroutine function (0x180 == CO_COROUTINE | CO_ITERABLE_COROUTINE)
        if co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            # 'coro' is a native coroutine object or an iterable coroutine
            return coro
        if coro.__class__ is GeneratorType or (
            hasattr(coro, "__next__") and hasattr(coro, "send") and hasattr(coro, "throw")
            and not hasattr(coro, "__await__")
        ):
            # 'coro' is either a pure Python generator iterator, or it implements
            # collections.abc.Generator (and does not implement collections.abc.Coroutine).
            return _GeneratorWrapper(coro)
        # 'coro' is either an instance of collections.abc.Coroutine or some other object --
        # pass it through.
        return coro

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__dict__.update(getattr(func, "__dict__", {}))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [n for n in globals() if n[:1] != "_"]
