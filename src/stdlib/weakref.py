# weakref: gilt's weak reference module, after CPython 3.11's documented behaviour (written for
# gilt, not copied). The references themselves (ref, proxy, the counts) come from the native
# `_weakref`; this layer adds WeakMethod, KeyedRef, the three weak containers and finalize.
#
# How the containers forget dead entries: each gives its weak references a callback that removes
# the entry. While the container is being iterated (an _IterationGuard is entered on it) the
# callback only queues the entry in `_pending_removals`, so the dict or set under iteration does
# not change size; the queue is applied when the last guard exits (or, as CPython does, by the
# next WeakValueDictionary/WeakSet operation that needs it). The callbacks hold their container
# only through a weak reference, so no container -> callback -> container cycle forms: a
# dropped container is freed by reference counting at once, without waiting for a collection.
#
# The containers' iterators are objects of a small class, not generators, so that an iteration
# abandoned half-way (a `break`, `in` on values(), next() on a fresh iterator) still releases its
# guard when the iterator goes away (gilt does not close a dropped generator yet).

import sys
from _weakref import (
    ref,
    proxy,
    getweakrefcount,
    getweakrefs,
    ReferenceType,
    ProxyType,
    CallableProxyType,
)

try:
    from _weakref import _remove_dead_weakref
except ImportError:
    def _remove_dead_weakref(d, key):
        """Delete d[key] if it is a dead weak reference (a live one was stored over it since)."""
        try:
            wr = d[key]
        except KeyError:
            return
        if wr() is None:
            try:
                del d[key]
            except KeyError:
                pass

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: it holds its object and its function weakly, and
    calling it makes a new bound method of them, or gives None once either is gone."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self_ref = None

        def dead(_):
            # Either half dying kills the WeakMethod; the user callback runs once. The method
            # is reached through a weak reference (no cycle through its own callback).
            self = self_ref() if self_ref is not None else None
            if self is None or not self._alive:
                return
            self._alive = False
            if callback is not None:
                callback(self)

        self = ref.__new__(cls, obj, dead)
        self._func_ref = ref(func, dead)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    def __hash__(self):
        return ref.__hash__(self)


class KeyedRef(ref):
    """A weak reference that also carries a key: WeakValueDictionary's callback uses it to find
    the entry to drop."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _IterationGuard:
    """Context manager marking its container as being iterated; the container's callbacks then
    queue removals, and leaving the last guard applies the queue (`_commit_removals`). It holds
    the container weakly, so it keeps nothing alive."""

    def __init__(self, container):
        self._container_ref = ref(container)

    def __enter__(self):
        container = self._container_ref()
        if container is not None:
            container._iterating.add(self)
        return self

    def __exit__(self, *exc_info):
        container = self._container_ref()
        if container is not None:
            active = container._iterating
            active.discard(self)
            if not active:
                container._commit_removals()
        return False


_SKIP = object()    # what a `pick` function returns for an entry whose referent is gone


class _WeakIterator:
    """Iterator over a weak container: `source()` gives the underlying dict or set iterator and
    `pick(entry)` the value to produce (or _SKIP). Like a generator it starts at the first
    next(): then the container may commit its queued removals, and a guard is entered, left
    when the iteration ends, fails, or the iterator is dropped unfinished."""

    def __init__(self, container, source, pick):
        self._container = container
        self._source = source
        self._pick = pick
        self._it = None
        self._guard = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        try:
            if self._it is None:
                self._container._before_iteration()
                self._guard = _IterationGuard(self._container)
                self._guard.__enter__()
                self._it = iter(self._source())
            pick = self._pick
            for entry in self._it:
                value = pick(entry)
                if value is not _SKIP:
                    return value
        except BaseException:
            self._finish()
            raise
        self._finish()
        raise StopIteration

    def _finish(self):
        self._done = True
        self._it = self._source = self._pick = self._container = None
        guard = self._guard
        self._guard = None
        if guard is not None:
            guard.__exit__(None, None, None)

    def __del__(self):
        if self._guard is not None:
            self._finish()


def _is_mapping(obj):
    """Stands in for isinstance(obj, collections.abc.Mapping), which gilt cannot ask yet."""
    if isinstance(obj, (dict, WeakValueDictionary, WeakKeyDictionary)):
        return True
    cls = type(obj)
    for name in ("__getitem__", "__len__", "__iter__", "__contains__",
                 "keys", "items", "values", "get"):
        if not hasattr(cls, name):
            return False
    return True


class _WeakMapping:
    """What the two weak dictionaries share: the Mapping comparisons and operators."""

    __reversed__ = None

    def __class_getitem__(cls, item):
        # As gilt's own `list[int]`, which gives the class back (there is no GenericAlias yet).
        return cls

    def _before_iteration(self):
        pass

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.__class__()
        result.update(other)
        result.update(self)
        return result

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies.
    `data` maps each key to a KeyedRef of its value."""

    def __init__(self, other=(), /, **kw):
        container_ref = ref(self)

        def remove(wr):
            container = container_ref()
            if container is None:
                return
            if container._iterating:
                container._pending_removals.append(wr.key)
            else:
                _remove_dead_weakref(container.data, wr.key)

        self._remove = remove
        self._pending_removals = []     # keys whose value died during an iteration
        self._iterating = set()         # the guards entered on this dictionary
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            _remove_dead_weakref(data, pending.pop())

    def _before_iteration(self):
        if self._pending_removals:
            self._commit_removals()

    def _ref(self, value, key):
        return KeyedRef(value, self._remove, key)

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = self._ref(value, key)

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __iter__(self):
        return self.keys()

    def keys(self):
        def pick(entry):
            key, wr = entry
            return _SKIP if wr() is None else key
        return _WeakIterator(self, self.data.items, pick)

    def values(self):
        def pick(entry):
            value = entry()
            return _SKIP if value is None else value
        return _WeakIterator(self, self.data.values, pick)

    def items(self):
        def pick(entry):
            key, wr = entry
            value = wr()
            return _SKIP if value is None else (key, value)
        return _WeakIterator(self, self.data.items, pick)

    def itervaluerefs(self):
        """An iterator over the weak references to the values (some may be dead by the time
        they are used)."""
        return _WeakIterator(self, self.data.values, lambda wr: wr)

    def valuerefs(self):
        """A list of the weak references to the values."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        value = wr()
        return default if value is None else value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is not None:
            return value
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = self._ref(default, key)
        return default

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if args:
                return args[0]
            raise KeyError(key)
        return value

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        data = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                data[key] = self._ref(value, key)
        for key, value in kwargs.items():
            data[key] = self._ref(value, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    new[deepcopy(key, memo)] = value
        return new


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies. `data` maps a
    weak reference to each key (equal, and hashing, as the key itself) to its value."""

    def __init__(self, dict=None):
        container_ref = ref(self)

        def remove(wr):
            container = container_ref()
            if container is None:
                return
            if container._iterating:
                container._pending_removals.append(wr)
            else:
                try:
                    del container.data[wr]
                except KeyError:
                    pass

        self._remove = remove
        self._pending_removals = []     # dead key references not yet taken out of `data`
        self._iterating = set()
        # Set when an entry may have been removed by other means than a callback: some of
        # the pending references may be out of `data` already, and len() must recount them.
        self._dirty_len = False
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        # Nothing else needs the queue applied first: a dead reference never equals a live
        # one, so stale entries cannot be confused with new keys.
        pending = self._pending_removals
        data = self.data
        while pending:
            try:
                del data[pending.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        data = self.data
        self._pending_removals = [wr for wr in self._pending_removals if wr in data]
        self._dirty_len = False

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __iter__(self):
        return self.keys()

    def keys(self):
        def pick(wr):
            key = wr()
            return _SKIP if key is None else key
        return _WeakIterator(self, self.data.keys, pick)

    def values(self):
        def pick(entry):
            wr, value = entry
            return _SKIP if wr() is None else value
        return _WeakIterator(self, self.data.items, pick)

    def items(self):
        def pick(entry):
            wr, value = entry
            key = wr()
            return _SKIP if key is None else (key, value)
        return _WeakIterator(self, self.data.items, pick)

    def keyrefs(self):
        """A list of the weak references to the keys (some may be dead by the time they are
        used)."""
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def clear(self):
        self._dirty_len = True
        self.data.clear()

    def update(self, dict=None, /, **kwargs):
        data = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    new[key] = deepcopy(value, memo)
        return new


class WeakSet:
    """A set whose elements are held weakly: an element goes when it dies. `data` is a set of
    weak references to the elements."""

    def __class_getitem__(cls, item):
        return cls

    def __init__(self, data=None):
        container_ref = ref(self)

        def remove(wr):
            container = container_ref()
            if container is None:
                return
            if container._iterating:
                container._pending_removals.append(wr)
            else:
                container.data.discard(wr)

        self._remove = remove
        self._pending_removals = []     # dead element references not yet taken out of `data`
        self._iterating = set()
        self.data = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        discard = self.data.discard
        while pending:
            discard(pending.pop())

    def _before_iteration(self):
        pass

    def _refs(self, iterable, callback=None):
        """Weak references to the elements of `iterable` (with `callback` if given)."""
        if callback is None:
            return set(ref(item) for item in iterable)
        return set(ref(item, callback) for item in iterable)

    def __iter__(self):
        def pick(wr):
            item = wr()
            return _SKIP if item is None else item
        return _WeakIterator(self, lambda: self.data, pick)

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, "__dict__", None))

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __or__ = union

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def intersection(self, other):
        return self.__class__([item for item in other if item in self])

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(self._refs(other))
        return self

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(self._refs(other, self._remove))
        return self

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == self._refs(other)

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """finalize(obj, func, /, *args, **kwargs): a callable that runs func(*args, **kwargs) once,
    when called or when obj dies, whichever comes first (it is "alive" until then). The ones
    still alive at interpreter exit whose `atexit` is true run then, the newest first.

    The instance has no state of its own: the class-wide `_registry` maps every live finalizer
    to its _Info, and the weak reference to obj has the finalizer itself as callback."""

    __slots__ = ()

    _registry = {}
    _shutdown = False           # the exit hook has run: no finalizer runs any more
    _counter = iter(range(sys.maxsize))     # creation order (next() on it is atomic)
    _dirty = False              # a finalizer was made since the exit hook last looked
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._counter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive, mark dead and return func(*args, **kwargs); else return None."""
        info = self._registry.pop(self, None)
        if info is not None and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))
        return None

    def detach(self):
        """If alive, mark dead and return (obj, func, args, kwargs); else return None."""
        info = self._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None and self._registry.pop(self, None) is not None:
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    def peek(self):
        """If alive, return (obj, func, args, kwargs); else return None."""
        info = self._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive then (default True)."""
        info = self._registry.get(self)
        return info is not None and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info is not None:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _due_at_exit(cls):
        """The live finalizers with atexit set, oldest first."""
        due = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        due.sort(key=lambda pair: pair[0])
        return [f for _, f in due]

    @classmethod
    def _exitfunc(cls):
        # Run at exit through atexit: the newest first; a finalizer made meanwhile is taken
        # into account; an exception is reported and the others still run.
        reenable_gc = None
        try:
            if cls._registry:
                try:
                    import gc
                except ImportError:     # gilt has no cycle collector to pause
                    gc = None
                if gc is not None and gc.isenabled():
                    gc.disable()
                    reenable_gc = gc.enable
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._due_at_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception as e:
                        _report_exception(e)
        finally:
            finalize._shutdown = True
            if reenable_gc is not None:
                reenable_gc()


def _report_exception(e):
    """What CPython's finalize does with an exception at exit: sys.excepthook."""
    hook = getattr(sys, "excepthook", None)
    if hook is not None:
        hook(type(e), e, e.__traceback__)
    else:
        import _thread
        sys.stderr.write(_thread._format_exception(e))
