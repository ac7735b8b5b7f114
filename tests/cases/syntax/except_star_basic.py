# except*: each clause takes its part of an exception group; the rest goes on
def run(exc, label):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as group:
            print("ValueError part:", repr(group))
        except* (TypeError, KeyError) as group:
            print("TypeError/KeyError part:", repr(group))
        except* OSError:
            print("OSError part")
    except BaseException as escaped:
        print("escaped:", repr(escaped))
    else:
        print("nothing escaped")

run(ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)]), "all handled")
run(ExceptionGroup("eg", [ValueError(1), ZeroDivisionError(2)]), "rest re-raised")
run(ExceptionGroup("eg", [ZeroDivisionError(1)]), "nothing matched")
run(ValueError("naked"), "lone exception is wrapped")
run(ZeroDivisionError("naked"), "lone exception not matched")
run(ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ArithmeticError(3)])]), "nested")
run(BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(4)]), "base group")
run(FileNotFoundError(2, "missing"), "OSError subclass")

# The name is unbound after the clause, as with except.
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as caught:
    inside = caught
print("inside was", repr(inside))
try:
    print(caught)
except NameError as error:
    print(type(error).__name__, error)

# else and finally run as with except.
for exc in [None, ExceptionGroup("eg", [ValueError(5)])]:
    try:
        if exc:
            raise exc
    except* ValueError:
        print("handled")
    else:
        print("else: no exception")
    finally:
        print("finally")

# Each clause runs at most once, even if several leaves match it.
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(4)])
except* ValueError as group:
    print("one clause for", len(group.exceptions), "exceptions")

# A clause sees only what earlier clauses left.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* Exception as group:
    print("Exception takes", repr(group))
except* TypeError as group:
    print("unreachable", group)

# sys.exc_info() inside a clause is the matched part.
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* TypeError:
    print("exc_info:", repr(sys.exc_info()[1]))
except* ValueError:
    print("exc_info:", repr(sys.exc_info()[1]))
print("after:", sys.exc_info())
