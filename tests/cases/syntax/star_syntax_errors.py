# star-expressions: the SyntaxErrors of misplaced stars, with CPython's messages and positions
def check(source):
    try:
        compile(source, "<case>", "exec")
        print("compiles:", repr(source))
    except SyntaxError as error:
        print(f"{source!r}: {error.msg} (offset {error.offset}, end {error.end_offset})")

for source in [
    "*a = 1",
    "*a, *b = 1",
    "a, *b, c, *d = e",
    "a = *b",
    "*a",
    "(*a)",
    "print(*a for a in b)",
    "[*a for a in b]",
    "{*a for a in b}",
    "(*a for a in b)",
    "{**a for a in b}",
    "del *a",
    "del (*a, b)",
    "return *a",
    "def f(): return *a",
    "for *x in y: pass",
    "f(**a, *b)",
    "f(**a, *b, c)",
    "f(x, **a, *b)",
    "f(a=1, b)",
    "f(a=1, b, c)",
    "f(**a, b)",
    "f(a=1, a=2)",
    "f(x for x in y, 1)",
    "f(1, x for x in y)",
    "f(x=1, *y)",
    "f(**y, x=1)",
    "x = yield = 1",
    "a[*b] = 1",
    "[*a] = b",
    "*a, = b",
    "with (*a): pass",
]:
    check(source)
