# except*: raising inside a clause, bare raise, and how the results are combined
def attempt(label, body):
    print("--", label)
    try:
        body()
    except BaseException as escaped:
        print("escaped:", repr(escaped))
        context = escaped.__context__
        if context is not None:
            print("  context:", repr(context))
        if isinstance(escaped, BaseExceptionGroup):
            for item in escaped.exceptions:
                print("  part:", repr(item), "context:", repr(item.__context__))
    else:
        print("nothing escaped")

def new_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")

def new_exception_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")

def bare_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass

def bare_raise_both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise

def raise_bound_name():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e

def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from value")
    except* TypeError:
        raise IndexError("from type")

def naked_reraised():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e

def raise_group_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("fresh", [TypeError(9)])

for body in [new_exception, new_exception_and_rest, bare_raise, bare_raise_both,
             raise_bound_name, two_new, naked_reraised, raise_from, raise_group_in_clause]:
    attempt(body.__name__, body)

# The rest keeps the original's nesting.
def nested_rest():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError as e:
        print("handled", repr(e))
attempt("nested rest", nested_rest)

# except* inside an except* clause.
def inner_star():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("in-clause", [OSError(3), KeyError(4)])
        except* OSError as inner:
            print("inner handled", repr(inner))
attempt("except* in a clause", inner_star)
