"""copy: shallow and deep copies of arbitrary objects.

As CPython 3.11's: copy, deepcopy (with its memo dict, cycles, __copy__, __deepcopy__(memo),
copyreg.dispatch_table, __reduce_ex__(4) and __reduce__ results rebuilt by _reconstruct, state
through __setstate__ or the instance dict and slots, list and dict items), Error (and its old
name `error`).

gilt's `object` has no __reduce_ex__ yet; when an object has neither __reduce_ex__ nor __reduce__
(as every plain instance in gilt), copy asks copyreg._object_reduce_ex for what CPython's
object.__reduce_ex__(4) would have returned. A class that sets both to None still gets Error.
"""

import weakref
from copyreg import dispatch_table
import copyreg


class Error(Exception):
    pass


error = Error   # the name before Python 2.5

__all__ = ["Error", "copy", "deepcopy"]

_MISSING = object()


def _reduce(x, cls, which):
    # The reduction copy and deepcopy rebuild from: the registry, then the object's own methods.
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", _MISSING)
    if reductor is _MISSING:
        reductor = getattr(x, "__reduce__", _MISSING)
        if reductor is _MISSING:
            return copyreg._object_reduce_ex(x, 4)
        if reductor:
            return reductor()
    elif reductor is not None:
        return reductor(4)
    else:
        reductor = getattr(x, "__reduce__", None)
        if reductor:
            return reductor()
    raise Error("un(%s)copyable object of type %s" % (which, cls))


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x  # classes are copied as themselves, metaclass or not
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x  # a reduction to a global name: the object is its own copy
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_FunctionType = type(_copy_immutable)
_BuiltinFunctionType = type(len)
_CodeType = type(_copy_immutable.__code__)


class _C:
    def _m(self):
        pass


_MethodType = type(_C()._m)
del _C

_copy_dispatch = d = {}
for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range,
          slice, property, _BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
          _FunctionType, weakref.ref, _CodeType):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


_deepcopy_dispatch = d = {}
for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes,
          str, _CodeType, type, range, _BuiltinFunctionType, _FunctionType, weakref.ref,
          property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y  # before the items, so a list containing itself copies to a cycle
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple cannot be in the memo before its items are copied; but an item that reaches the
    # tuple again copies it there first, and that copy must be the one returned.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x  # every item is its own copy, so is the tuple


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[_MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    The memo is keyed by ids, so every original must outlive the copy operation; they are kept
    in a list stored under the memo's own id.
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                y[key] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del weakref
