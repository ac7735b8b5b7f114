"""copyreg: the registry of reduction functions that copy (and pickle) consult, and the helpers
objects' reductions name (__newobj__, __newobj_ex__, _reconstructor, _slotnames).

As CPython 3.11's: dispatch_table, pickle, constructor, __newobj__, __newobj_ex__,
_reconstructor, _reduce_ex, _slotnames and the extension registry (add_extension,
remove_extension, clear_extension_cache). pickle_union is left out (there is no types.UnionType).

gilt's `object.__reduce_ex__`, `__reduce__` and `__getstate__` call back into this module, as
CPython's typeobject.c does: `_object_reduce_ex` computes what object.__reduce_ex__(protocol)
returns (for protocols 2 and up, and for the built-in bases gilt has), `_reduce_ex` the
protocols below 2, `_default_state` the state.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked: pickle once registered "safe" constructors here.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    # Protocols 0 and 1 rebuild an object from its class and its nearest built-in base's value.
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _is_python_class(c):
    # A class statement (or type()) puts __module__ in the class's own namespace; built-in
    # types keep theirs elsewhere.
    return '__module__' in c.__dict__


def _builtin_base(cls):
    # The nearest class of the MRO that Python code did not define: the layout instances have.
    for c in cls.__mro__:
        if not _is_python_class(c):
            return c
    return object


def _reduce_ex(self, proto):
    # object.__reduce_ex__ for protocols 0 and 1.
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly.
    """
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Return a list of slot names for a given class.

    This needs to find slots defined by the class and its bases, so we
    can't simply return the __slots__ attribute.
    """
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    # Private names are stored mangled with the class that declared them.
                    stripped = c.__name__.lstrip('_')
                    names.append('_%s%s' % (stripped, name) if stripped else name)
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass  # a class that refuses the cache still gets its answer
    return names


def _type_name(cls):
    # CPython's tp_name: a Python class's __name__, a built-in type's dotted name.
    if _is_python_class(cls) or cls.__module__ == 'builtins':
        return cls.__name__
    return cls.__module__ + '.' + cls.__name__


def _default_state(obj, required):
    # object.__getstate__: the instance dict (None if empty), then the slots' values beside it.
    cls = type(obj)
    if required and _builtin_base(cls) not in (object, list, dict):
        raise TypeError(f"cannot pickle {_type_name(cls)!r} object")
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    else:
        state = dict(state) if state else None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def _new_arguments(obj):
    # __getnewargs_ex__ or __getnewargs__, checked as CPython checks them: (args, kwargs).
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        return args, None
    base = _builtin_base(type(obj))
    if base in (str, bytes, tuple):
        # CPython's __getnewargs__ of these bases: the plain value, whatever __str__ says.
        return (base() + obj,), None
    return None, None


def _object_reduce_ex(obj, protocol):
    """What CPython's object.__reduce_ex__(protocol) returns, for a gilt object without it."""
    cls = type(obj)
    if protocol < 2:
        return _reduce_ex(obj, protocol)
    base = _builtin_base(cls)
    if base is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if isinstance(obj, BaseException):
        state = obj.__dict__
        return (cls, obj.args, state) if state else (cls, obj.args)
    if base is bytearray:
        return cls, (bytes(obj),), _default_state(obj, False)
    if base in (set, frozenset):
        return cls, (list(obj),), _default_state(obj, False)
    if not (_is_python_class(cls) or base is object):
        raise TypeError(f"cannot pickle {_type_name(cls)!r} object")
    args, kwargs = _new_arguments(obj)
    hasargs = args is not None
    getstate = getattr(type(obj), '__getstate__', None)
    if getstate is not None and getstate is not object.__getstate__:
        state = obj.__getstate__()
    else:
        state = _default_state(obj, not hasargs and base not in (list, dict))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + (args or ()), state, listitems, dictitems


# A registry of extension codes: pickle's compression of (module, name) references.
_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return  # registering the same pair again is harmless
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
