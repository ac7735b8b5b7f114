# abc: abstract base classes (PEP 3119), as CPython 3.11's module behaves, written for gilt from
# the documented behaviour. ABCMeta keeps, per class, a registry of virtual subclasses and
# positive/negative caches of issubclass answers, all as sets of weak references to classes; the
# negative caches are dropped whenever any ABC gains a registration (the invalidation counter
# that get_cache_token() returns).
#
# Differences from CPython, each for a gilt gap (see the comments where they apply):
# - Instantiation of a class with abstract methods is refused in ABCMeta.__call__, not in
#   object.__new__: `object.__new__(AbstractClass)` called directly is not refused.
# - ABCMeta tracks its own subclasses (gilt's type has no __subclasses__()).
# - The private helpers of the C accelerator (_abc_init, _abc_register, _get_dump, ...) are left
#   out; _dump_registry, _abc_registry_clear and _abc_caches_clear are kept.

from _weakref import ref as _ref


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    try:
        return bool(value.__isabstractmethod__)
    except AttributeError:
        pass
    # CPython's classmethod, staticmethod and property report the flag of the functions they
    # wrap; gilt's do not have the attribute yet (nor property's fset and fdel), so ask the
    # functions here.
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    if isinstance(value, property):
        for name in ("fget", "fset", "fdel"):
            f = getattr(value, name, None)
            if f is not None and _is_abstract(f):
                return True
    return False


def _descriptor_subclasses_work():
    # gilt does not yet bind through subclasses of classmethod/staticmethod/property; until it
    # does, the deprecated abstract* decorators below hand back the plain descriptor.
    class probe(classmethod):
        pass

    class owner:
        def f(cls):
            return cls

        f = probe(f)

    try:
        return owner.f() is owner
    except Exception:
        return False


if _descriptor_subclasses_work():

    class abstractclassmethod(classmethod):
        """A decorator indicating abstract classmethods (deprecated)."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)

    class abstractstaticmethod(staticmethod):
        """A decorator indicating abstract staticmethods (deprecated)."""

        __isabstractmethod__ = True

        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            super().__init__(callable)

    class abstractproperty(property):
        """A decorator indicating abstract properties (deprecated)."""

        __isabstractmethod__ = True

else:

    class abstractclassmethod(classmethod):
        """A decorator indicating abstract classmethods (deprecated)."""

        __isabstractmethod__ = True

        def __new__(cls, callable):
            callable.__isabstractmethod__ = True
            return classmethod(callable)

    class abstractstaticmethod(staticmethod):
        """A decorator indicating abstract staticmethods (deprecated)."""

        __isabstractmethod__ = True

        def __new__(cls, callable):
            callable.__isabstractmethod__ = True
            return staticmethod(callable)

    class abstractproperty(property):
        """A decorator indicating abstract properties (deprecated)."""

        __isabstractmethod__ = True

        def __new__(cls, fget=None, fset=None, fdel=None, doc=None):
            for f in (fget, fset, fdel):
                if f is not None:
                    f.__isabstractmethod__ = True
            return property(fget, fset, fdel, doc)


class _ClassSet:
    """A set of classes held through weak references: a class that dies leaves it."""

    __slots__ = ("_refs", "__weakref__")

    def __init__(self):
        self._refs = set()

    def add(self, cls):
        selfref = _ref(self)

        def forget(r):
            owner = selfref()
            if owner is not None:
                owner._refs.discard(r)

        self._refs.add(_ref(cls, forget))

    def __contains__(self, cls):
        try:
            return _ref(cls) in self._refs
        except TypeError:
            return False

    def __iter__(self):
        for r in list(self._refs):
            cls = r()
            if cls is not None:
                yield cls

    def __len__(self):
        return len(self._refs)

    def clear(self):
        self._refs.clear()


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    # Bumped by every register(): negative caches older than it are stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, name, None)
                if _is_abstract(value):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = _ClassSet()
        cls._abc_cache = _ClassSet()
        cls._abc_negative_cache = _ClassSet()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        cls._abc_subclasses = _ClassSet()
        for base in bases:
            subs = base.__dict__.get("_abc_subclasses") if isinstance(base, ABCMeta) else None
            if subs is not None:
                subs.add(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        # CPython refuses in object.__new__, so a class whose instances another built-in type
        # creates (a subclass of int, say) is not refused: only plain-object classes are here.
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts and _plain_instances(cls):
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names))
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow usage as a
        class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in (
            "_abc_registry",
            "_abc_cache",
            "_abc_negative_cache",
            "_abc_negative_cache_version",
        ):
            value = getattr(cls, name)
            if isinstance(value, _ClassSet):
                value = set(value)
            print(f"{name}: {value!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subtype = type(instance)
        subclass = instance.__class__
        if not isinstance(subclass, type):
            # gilt gives a class's __class__ as the unbound descriptor yet.
            subclass = subtype
        if subclass in cls._abc_cache:
            return True
        if subtype is subclass:
            if (
                cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter
                and subclass in cls._abc_negative_cache
            ):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = _ClassSet()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        # gilt's object has no __subclasshook__ yet (CPython's returns NotImplemented).
        hook = getattr(cls, "__subclasshook__", None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False


def _plain_instances(cls):
    # True when object.__new__ makes cls's instances: no built-in base but object in the MRO.
    for base in cls.__mro__[:-1]:
        if base.__module__ == "builtins":
            return False
    return True


def get_cache_token():
    """Returns the current ABC cache token: an object that changes whenever a virtual
    subclass is registered with any ABC."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class, after abstract methods
    were implemented or added to it after its creation."""
    if not hasattr(cls, "__abstractmethods__"):
        # Not an abstract class.
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __slots__ = ()
