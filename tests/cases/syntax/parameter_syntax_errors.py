# parameter lists: the SyntaxErrors of misordered parameters, with CPython's messages and positions
def check(source):
    try:
        compile(source, "<case>", "exec")
        print("compiles:", repr(source))
    except SyntaxError as error:
        print(f"{source!r}: {error.msg} (offset {error.offset}, end {error.end_offset})")

for source in [
    "def f(a=1, b): pass",
    "def f(a, b=1, c): pass",
    "def f(a=1, /, b): pass",
    "def f(a, b=1, /, c): pass",
    "def f(a, /, b=1, c): pass",
    "def f(a=1, /, b=2, c): pass",
    "def f(a, *, b, c=1, d): pass",
    "def f(*): pass",
    "def f(*,): pass",
    "def f(*, **k): pass",
    "def f(**k, a): pass",
    "def f(*a, **b, c): pass",
    "def f(**a, *b): pass",
    "def f(**a, **b): pass",
    "def f(/, a): pass",
    "def f(a, /, /): pass",
    "def f(*a, /): pass",
    "def f(a, *, /, b): pass",
    "def f(*a, *b): pass",
    "def f(*a, b, *c): pass",
    "def f(**k=1): pass",
    "def f(*a=1): pass",
    "def f(a, (b, c)): pass",
    "def f(a, / *): pass",
    "def f(a=1, / *): pass",
    "def f(a, a): pass",
    "def f(a, *, a): pass",
    "def f(a, *a): pass",
    "def f(a, **a): pass",
    "def f(a, b, /, c, *, d, e=1, **k): pass",
    "lambda *: 0",
    "lambda *,: 0",
    "lambda *, **k: 0",
    "lambda a=1, b: 0",
    "lambda a, /, b=1, c: 0",
    "lambda **k=1: 0",
    "lambda *k=1: 0",
    "lambda a, a: 0",
    "lambda (a): 0",
    "lambda a, /, *, b: 0",
]:
    check(source)
