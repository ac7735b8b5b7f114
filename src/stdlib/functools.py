"""functools: higher-order functions and operations on callables.

As CPython 3.11's (C accelerator behaviour where CPython uses it: partial's repr, readonly
attributes, flattening and state; reduce's and cmp_to_key's argument errors): update_wrapper,
wraps, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, total_ordering, cmp_to_key, reduce, partial,
partialmethod, lru_cache, cache, singledispatch, singledispatchmethod, cached_property.

Differences: the lru_cache wrapper is a Python function with attributes (as CPython's pure-Python
fallback), not a `functools._lru_cache_wrapper` object. singledispatch's ABC support uses `abc`
and `types.MappingProxyType`, `typing` for annotations and unions, each imported when needed; with
none of them the registry is a read-only view of the same dict. gilt's built-in descriptors
(functions, classmethod, staticmethod, property) have no __get__ attribute yet, so binding is done
by `_bind` below.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from reprlib import recursive_repr
from _thread import RLock

_GenericAlias = type(list[int])
_FunctionType = type(lambda: None)


class _C:
    def _m(self):
        pass


_MethodType = type(_C()._m)
del _C


def _bind(descr, obj, cls):
    """descr.__get__(obj, cls), also for the built-in descriptors whose __get__ gilt does not
    expose; (False, None) for an object that is no descriptor."""
    get = getattr(descr, '__get__', None)
    if get is not None:
        return True, get(obj, cls)
    if isinstance(descr, _FunctionType):
        return True, descr if obj is None else _MethodType(descr, obj)
    if isinstance(descr, classmethod):
        return True, _MethodType(descr.__func__, cls if cls is not None else type(obj))
    if isinstance(descr, staticmethod):
        return True, descr.__func__
    if isinstance(descr, property):
        return True, descr if obj is None else descr.fget(obj)
    return False, None


################################################################################
### update_wrapper() and wraps()
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Last, so that a __wrapped__ copied over with the __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments. Default arguments are as for update_wrapper().
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
### total_ordering
################################################################################

# Each derived method calls the root method directly (not the operator), so a NotImplemented
# from the root is passed on instead of starting a reflected comparison that could loop.

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # The comparisons the class (or a base other than object) defines itself.
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # __lt__ before __le__ before __gt__ before __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


################################################################################
### cmp_to_key
################################################################################

class KeyWrapper:
    """The key objects cmp_to_key makes: calling one wraps a value with the same cmp."""

    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, *args, **kwargs):
        # Arguments as CPython's C wrapper parses them: one object, also as obj=.
        if kwargs:
            if args or list(kwargs) != ['obj']:
                for name in kwargs:
                    if name != 'obj':
                        raise TypeError("K() got an unexpected keyword argument '%s'" % name)
                raise TypeError("argument for K() given by name ('obj') and position (1)")
            args = (kwargs['obj'],)
        if len(args) != 1:
            if not args:
                raise TypeError("K() missing required argument 'obj' (pos 1)")
            raise TypeError("K() takes at most 1 argument (%d given)" % len(args))
        return KeyWrapper(self.cmp, args[0])

    def _other(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return other.obj

    def __lt__(self, other):
        return self.cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, self._other(other)) == 0

    def __le__(self, other):
        return self.cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, self._other(other)) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


_UNSET = object()


def cmp_to_key(*args, **kwargs):
    """Convert a cmp= function into a key= function."""
    if 'mycmp' in kwargs and not args and len(kwargs) == 1:
        args = (kwargs.pop('mycmp'),)
    if kwargs:
        name = next(iter(kwargs))
        raise TypeError("cmp_to_key() got an unexpected keyword argument '%s'" % name)
    if not args:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    if len(args) > 1:
        raise TypeError("cmp_to_key() takes at most 1 argument (%d given)" % len(args))
    return KeyWrapper(args[0], _UNSET)


################################################################################
### reduce
################################################################################

def reduce(*args, **kwargs):
    """
    reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
    ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
    of the iterable in the calculation, and serves as a default when the
    iterable is empty.
    """
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError("reduce expected at least 2 arguments, got %d" % len(args))
    if len(args) > 3:
        raise TypeError("reduce expected at most 3 arguments, got %d" % len(args))
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


################################################################################
### partial
################################################################################

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    # The three fields live in slots so that __dict__ holds only what callers add (gilt lists
    # slot values in an instance dict when there is one); __dict__ is emulated by _ns.
    __slots__ = ('_func', '_args', '_keywords', '_ns', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial of a plain partial (no __call__ of its own, no attributes) is flattened.
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func._ns):
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        object.__setattr__(self, '_func', func)
        object.__setattr__(self, '_args', args)
        object.__setattr__(self, '_keywords', keywords)
        object.__setattr__(self, '_ns', {})
        return self

    func = property(lambda self: self._func, doc="function object to use in future partial calls")
    args = property(lambda self: self._args, doc="tuple of arguments to future partial calls")
    keywords = property(lambda self: self._keywords,
                        doc="dictionary of keyword arguments to future partial calls")

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def _get_dict(self):
        return self._ns

    def _set_dict(self, value):
        if not isinstance(value, dict):
            raise TypeError("setting partial object's dictionary to a non-dict")
        object.__setattr__(self, '_ns', value)

    def _del_dict(self):
        raise TypeError("a partial object's dictionary may not be deleted")

    __dict__ = property(_get_dict, _set_dict, _del_dict)
    del _get_dict, _set_dict, _del_dict

    def __getattr__(self, name):
        try:
            return self._ns[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_partial_type_name(self), name)) from None

    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        if name == '__dict__':
            type(self).__dict__['__dict__'].fset(self, value)
        elif name in type(self).__dict__ or name in partial.__dict__:
            object.__setattr__(self, name, value)
        else:
            self._ns[name] = value

    def __delattr__(self, name):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        try:
            del self._ns[name]
        except KeyError:
            raise AttributeError(name) from None

    @recursive_repr()
    def __repr__(self):
        pieces = [repr(self._func)]
        pieces.extend(repr(x) for x in self._args)
        pieces.extend(f"{k}={v!r}" for k, v in self._keywords.items())
        return f"{_partial_type_name(self)}({', '.join(pieces)})"

    def __reduce__(self):
        return type(self), (self._func,), (self._func, self._args, self._keywords,
                                           self._ns or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))):
            raise TypeError("invalid partial state")
        kwds = {} if kwds is None else dict(kwds)
        object.__setattr__(self, '_func', func)
        object.__setattr__(self, '_args', tuple(args))
        object.__setattr__(self, '_keywords', kwds)
        object.__setattr__(self, '_ns', {} if namespace is None else namespace)

    __class_getitem__ = classmethod(_GenericAlias)


def _partial_type_name(p):
    # CPython prints the C type's name: "functools.partial", or a subclass's __name__.
    cls = type(p)
    return 'functools.partial' if cls is partial else cls.__name__


class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        # Flattened, so cls/self always goes before every bound argument.
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{module}.{cls}({func}, {args}, {keywords})".format(
            module=self.__class__.__module__, cls=self.__class__.__qualname__,
            func=self.func, args=args, keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        is_descriptor, new_func = _bind(self.func, obj, cls)
        if is_descriptor and new_func is not self.func:
            # A descriptor that made something new made the callable to use.
            result = partial(new_func, *self.args, **self.keywords)
            try:
                result.__self__ = new_func.__self__
            except AttributeError:
                pass
            return result
        return _bind(self._make_unbound_method(), obj, cls)[1]

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(_GenericAlias)


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or isinstance(obj, (classmethod, staticmethod, property))
            or isinstance(obj, _FunctionType))


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


################################################################################
### lru_cache
################################################################################

class CacheInfo(tuple):
    'CacheInfo(hits, misses, maxsize, currsize)'

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(self._fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return CacheInfo(*values)

    def __getnewargs__(self):
        return tuple(self)


_CacheInfo = CacheInfo


class _HashedSeq(list):
    """A key tuple that hashes its items once: the cache hashes a key more than once per miss."""

    __slots__ = 'hashvalue'

    def __init__(self, tup, hash=hash):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_kwd_mark = (object(),)
_fasttypes = {int, str}


def _make_key(args, kwds, typed):
    """A flat key for a call: the positional arguments, a marker and the keyword pairs in the
    order given (so f(x=1, y=2) and f(y=2, x=1) are cached apart), and with `typed` the types.
    A single int or str argument is its own key."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return _HashedSeq(key)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses: the function came as maxsize.
        user_function, maxsize = maxsize, 128
        return _decorated(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorated(user_function, maxsize, typed)

    return decorating_function


def _decorated(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo):
    # The cache is a dict in recency order (oldest first): a hit moves its key to the end, a
    # miss on a full cache evicts the first key. The lock keeps the counters and the order
    # consistent between threads; the user function runs outside it.
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    sentinel = object()
    cache = {}
    hits = misses = 0
    lock = RLock()

    if maxsize == 0:

        def wrapper(*args, **kwds):
            nonlocal misses
            with lock:
                misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:

        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.get(key, sentinel)
                if result is not sentinel:
                    hits += 1
                    return result
                misses += 1
            result = user_function(*args, **kwds)
            with lock:
                cache[key] = result
            return result

    else:

        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.pop(key, sentinel)
                if result is not sentinel:
                    cache[key] = result  # now the most recent
                    hits += 1
                    return result
                misses += 1
            result = user_function(*args, **kwds)
            with lock:
                if key in cache:
                    # Another call (a thread, or a recursive call) stored it meanwhile.
                    pass
                else:
                    if len(cache) >= maxsize:
                        del cache[next(iter(cache))]
                    cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        with lock:
            return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        with lock:
            cache.clear()
            hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
### singledispatch
################################################################################

def _c3_merge(sequences):
    """Merges MROs in *sequences* to a single MRO using the C3 algorithm."""
    result = []
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        for s1 in sequences:
            candidate = s1[0]
            # A head is good if it is in no other sequence's tail.
            if not any(candidate in s2[1:] for s2 in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(candidate)
        for seq in sequences:
            if seq[0] == candidate:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """The C3 linearization of cls, with the abstract base classes in *abcs* it implements
    inserted where their behaviour comes in: after the last ABC among the explicit bases,
    for ABCs that cls (but none of its bases) is a subclass of."""
    bases = cls.__bases__
    boundary = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], '__abstractmethods__'):
            boundary = i
            break
    abcs = list(abcs) if abcs else []
    explicit_bases = list(bases[:boundary])
    other_bases = list(bases[boundary:])
    abstract_bases = [base for base in abcs
                      if issubclass(cls, base) and not any(issubclass(b, base) for b in bases)]
    for base in abstract_bases:
        abcs.remove(base)
    explicit_c3_mros = [_c3_mro(base, abcs=abcs) for base in explicit_bases]
    abstract_c3_mros = [_c3_mro(base, abcs=abcs) for base in abstract_bases]
    other_c3_mros = [_c3_mro(base, abcs=abcs) for base in other_bases]
    return _c3_merge([[cls]] + explicit_c3_mros + abstract_c3_mros + other_c3_mros
                     + [explicit_bases] + [abstract_bases] + [other_bases])


def _compose_mro(cls, types):
    """The method resolution order of cls with the relevant abstract base classes (and their
    bases) among *types* inserted."""
    bases = set(cls.__mro__)
    types = [typ for typ in types
             if typ not in bases and hasattr(typ, '__mro__')
             and not isinstance(typ, _GenericAlias) and issubclass(cls, typ)]
    # A strict base of another entry ends up in the MRO through it.
    types = [typ for typ in types
             if not any(typ != other and typ in other.__mro__ for other in types)]
    type_set = set(types)
    mro = []
    for typ in types:
        # Subclasses of the ABC that cls also implements order the ABCs among themselves.
        found = []
        subclasses = getattr(typ, '__subclasses__', None)
        for sub in (subclasses() if subclasses is not None else ()):
            if sub not in bases and issubclass(cls, sub):
                found.append([s for s in sub.__mro__ if s in type_set])
        if not found:
            mro.append(typ)
            continue
        found.sort(key=len, reverse=True)
        for sub in found:
            for subcls in sub:
                if subcls not in mro:
                    mro.append(subcls)
    return _c3_mro(cls, abcs=mro)


def _find_impl(cls, registry):
    """The best implementation in *registry* for cls, by its MRO with the registered ABCs
    composed in; None if nothing matches (no implementation for object)."""
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            # Two unrelated implicit ABCs matching equally well: refuse to guess.
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


class _RegistryView:
    """A read-only live view of a registry, for a gilt without types.MappingProxyType."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
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

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object attribute '%s' is read-only" % name)


def _mapping_proxy(mapping):
    try:
        from types import MappingProxyType
    except ImportError:
        return _RegistryView(mapping)
    return MappingProxyType(mapping)


def _get_cache_token():
    try:
        from abc import get_cache_token
    except ImportError:
        return None
    return get_cache_token()


def _is_union_type(cls):
    try:
        from typing import get_origin, Union
        import types
    except ImportError:
        return False
    return get_origin(cls) in {Union, getattr(types, 'UnionType', Union)}


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    if not _is_union_type(cls):
        return False
    from typing import get_args
    return all(isinstance(arg, type) for arg in get_args(cls))


def _first_annotation(func):
    # typing.get_type_hints(func)'s first item; without typing, the raw annotations with
    # strings evaluated in the function's globals.
    try:
        from typing import get_type_hints
    except ImportError:
        hints = dict(getattr(func, '__annotations__', {}))
        for name, value in hints.items():
            if isinstance(value, str):
                hints[name] = eval(value, getattr(func, '__globals__', {}))
    else:
        hints = get_type_hints(func)
    return next(iter(hints.items()))


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    import weakref

    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        nonlocal cache_token
        if cache_token is not None:
            # An ABC registration anywhere may change what an ABC matches.
            current_token = _get_cache_token()
            if cache_token != current_token:
                dispatch_cache.clear()
                cache_token = current_token
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                f"Use either `@register(some_class)` or plain `@register` "
                                f"on an annotated function.")
            func = cls
            argname, cls = _first_annotation(func)
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = _get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _mapping_proxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            is_descriptor, bound = _bind(method, obj, cls)
            return (bound if is_descriptor else method)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### cached_property
################################################################################

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            with self.lock:
                # Another thread may have filled it while this one waited.
                val = cache.get(self.attrname, _NOT_FOUND)
                if val is _NOT_FOUND:
                    val = self.func(instance)
                    try:
                        cache[self.attrname] = val
                    except TypeError:
                        raise TypeError(
                            f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                            f"does not support item assignment for caching "
                            f"{self.attrname!r} property.") from None
        return val

    __class_getitem__ = classmethod(_GenericAlias)
