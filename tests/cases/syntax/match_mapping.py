# match: mapping patterns, **rest, and how keys are looked up
def config(value):
    match value:
        case {"type": "int", "value": int(number)}:
            return f"int {number}"
        case {"type": "str", "value": str(text), **extra} if extra:
            return f"str {text!r} with extra {sorted(extra.items())}"
        case {"type": "str", "value": str(text)}:
            return f"str {text!r}"
        case {"type": kind}:
            return f"unknown type {kind!r}"
        case {}:
            return "a mapping without a type"
        case _:
            return "not a mapping"

for value in [{"type": "int", "value": 3}, {"type": "str", "value": "s"},
              {"type": "str", "value": "s", "a": 1, "b": 2}, {"type": "int", "value": "x"},
              {"type": "list"}, {}, {"value": 1}, [("type", "int")], "type", None]:
    print(value, "->", config(value))

# Extra keys are allowed; **rest collects them in order, in a new dict.
subject = {"a": 1, "b": 2, "c": 3}
match subject:
    case {"b": b, **rest}:
        print("b", b, "rest", rest, rest is subject)
match subject:
    case {**everything}:
        print("everything", everything, everything == subject, everything is subject)

# Keys may be any literal or value pattern.
class Keys:
    NAME = "name"
match {1: "one", -2: "minus two", None: "none", "name": "N", b"k": "bytes", 2.5: "float"}:
    case {1: one, -2: minus, None: none, Keys.NAME: name, b"k": raw, 2.5: f}:
        print(one, minus, none, name, raw, f)

# Values are looked up with get(): a subclass's get is called, __missing__ is not.
class Tracing(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)
    def __missing__(self, key):
        print("  __missing__ must not run")
        return 0

match Tracing(x=1, y=2):
    case {"x": 1, "z": _}:
        print("unreachable")
    case {"x": x, "y": y}:
        print("x", x, "y", y)

# Too few keys fails before any lookup.
match Tracing(only=1):
    case {"a": _, "b": _}:
        print("unreachable")
    case _:
        print("length check first")

# Only dicts and their subclasses are mappings here.
class NotAMapping:
    def __getitem__(self, key):
        return 1
    def keys(self):
        return ["a"]
match NotAMapping():
    case {"a": _}:
        print("unreachable")
    case _:
        print("objects with keys() are not mappings")

# Two value patterns with the same value: ValueError at run time.
class Dup:
    A = "k"
    B = "k"
try:
    match {"k": 1, "j": 2}:
        case {Dup.A: _, Dup.B: _}:
            pass
except ValueError as error:
    print(type(error).__name__, error)

# Nested mappings and sequences.
event = {"kind": "click", "pos": {"x": 3, "y": 4}, "buttons": ["left"]}
match event:
    case {"kind": "click", "pos": {"x": x, "y": y}, "buttons": [button]}:
        print("click at", x, y, "with", button)

# The matched value is the one stored, even a falsy one.
match {"flag": False, "n": 0}:
    case {"flag": flag, "n": n}:
        print("flag", flag, "n", n)
