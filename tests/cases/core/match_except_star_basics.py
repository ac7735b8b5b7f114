# match with literal, sequence, mapping, class and guard patterns; match as a name; except*; f(*it).
def f(x):
    match x:
        case 0 | 1: return "small"
        case [a, *rest]: return f"seq {a} {rest}"
        case {"k": v, **others}: return f"map {v} {others}"
        case str(s) if len(s) > 2: return "long str"
        case _: return "other"
for v in (0, [1, 2, 3], {"k": 1, "z": 2}, "hello", 3.5):
    print(f(v))
match = 5; print(match)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("V", e.exceptions)
except* TypeError as e:
    print("T", e.exceptions)
def l(*args): return args
a = [1, 2]
print(l(*a), l(*(x for x in a)), l(*"ab"))
