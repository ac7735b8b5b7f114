# ExceptionGroup and BaseExceptionGroup: construction, attributes, derive, split, subgroup
for args in [(), ("m",), ("m", [], 3), (1, [ValueError()]), ("m", 5), ("m", []),
             ("m", [1]), ("m", [ValueError(), 2]), ("m", {ValueError()})]:
    try:
        BaseExceptionGroup(*args)
    except Exception as error:
        print(type(error).__name__, error)
for make in [lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
             lambda: ExceptionGroup("m", [ValueError()], x=1)]:
    try:
        make()
    except Exception as error:
        print(type(error).__name__, error)

# The class is chosen from the contents.
print(type(BaseExceptionGroup("m", [ValueError()])).__name__,
      type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__,
      type(BaseExceptionGroup("m", [ValueError(), SystemExit()])).__name__)
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(str(eg), "|", repr(eg))
print(eg.args, eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(str(ExceptionGroup("one", (ValueError(1),))), "|", repr(ExceptionGroup("", (KeyError("k"),))))
print(eg.exceptions is eg.exceptions)
for name in ["message", "exceptions"]:
    try:
        setattr(eg, name, "new")
    except AttributeError as error:
        print(name, type(error).__name__, error)
eg.args = ("changed",)
print(eg, "|", eg.args, "|", eg.message)

# derive makes a plain group with the same message.
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
derived = eg.derive([KeyError(1)])
print(repr(derived), type(derived).__name__, derived.__traceback__)

# split and subgroup by type, tuple of types, or predicate.
print(eg.split(ValueError))
print(eg.split(KeyError))
print(eg.split((ValueError, TypeError))[0] is eg)
print(eg.split(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(ValueError), eg.subgroup(KeyError), eg.subgroup(Exception) is eg)
try:
    eg.split(1)
except TypeError as error:
    print(type(error).__name__, error)

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = nested.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
print(repr(nested.subgroup(lambda e: e.args == (3,))))
print(repr(BaseExceptionGroup("x", [ValueError(5), KeyboardInterrupt()]).split(Exception)))

# Parts keep the original's traceback, cause, context and a copy of its notes.
try:
    try:
        raise OSError("cause")
    except OSError as cause:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from cause
except ExceptionGroup as caught:
    caught.add_note("a note")
    part, other = caught.split(ValueError)
    print(part.__cause__ is caught.__cause__, part.__context__ is caught.__context__)
    print(part.__traceback__ is not None, part.__suppress_context__)
    print(part.__notes__, part.__notes__ is caught.__notes__)

# A subclass overrides derive to keep its type and extra state.
class Errors(ExceptionGroup):
    def __new__(cls, message, exceptions, code):
        self = super().__new__(cls, message, exceptions)
        self.code = code
        return self
    def derive(self, exceptions):
        return Errors(self.message, exceptions, self.code)

errors = Errors("bad", [ValueError(1), TypeError(2)], 42)
print(repr(errors), errors.code)
m, r = errors.split(TypeError)
print(type(m).__name__, m.code, repr(m.exceptions), type(r).__name__)

class Plain(ExceptionGroup):
    pass
print(type(Plain("p", [ValueError()]).split(ValueError)[0]).__name__)
try:
    Plain("p", [KeyboardInterrupt()])
except TypeError as error:
    print(type(error).__name__, error)

# add_note checks its argument.
e = ValueError("v")
try:
    e.add_note(3)
except TypeError as error:
    print(type(error).__name__, error)
e.add_note("first")
e.add_note("second")
print(e.__notes__)
