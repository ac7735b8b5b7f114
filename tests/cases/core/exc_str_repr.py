# str() and repr() of built-in exceptions with zero, one and several arguments.
samples = [
    ValueError(),
    ValueError("one"),
    ValueError("one", 2),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    TypeError("it's"),
    RuntimeError(""),
    StopIteration(5),
    Exception(None),
    OSError(2, "No such file"),
    ZeroDivisionError("division by zero"),
]
for error in samples:
    print(repr(str(error)), "|", repr(error), "|", error.args)
print(str(KeyError("with 'quote'")))
try:
    {"a": 1}["b"]
except KeyError as e:
    print("str:", e, "| repr:", repr(e), "| args:", e.args)
try:
    raise StopIteration("done")
except StopIteration as e:
    print(e.value, e.args)
