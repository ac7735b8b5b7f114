# types.GenericAlias: what subscripting a built-in class gives (`list[int]`, `dict[str, int]`),
# as CPython 3.11's: a parameterized view of the class that calls, subclasses and compares as
# the class with its arguments, and that isinstance() refuses.


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is Ellipsis:
        return "..."
    return repr(obj)


class GenericAlias:
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", ())

    def __repr__(self):
        if not self.__args__:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return _type_repr(self.__origin__) + "[" + inner + "]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __or__(self, other):
        return NotImplemented

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)
