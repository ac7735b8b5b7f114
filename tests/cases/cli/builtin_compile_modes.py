# compile(): the three modes, code object attributes, optimize, and CPython's messages.
import sys


def t(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__ if hasattr(r, "co_name") else repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


c = compile("a = 1\nb = 2", "file.py", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
e = compile("1 + 1", "<expr>", "eval")
print(eval(e), e.co_filename)
s = compile("2 + 2", "<single>", "single")
exec(s)
exec(compile("x = 10", "<single>", "single"))
print(x)
exec(compile("if x:\n    'first'\n    'second'\n", "<s>", "single"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
exec(compile("x; x + 1", "<s>", "single"))
exec(compile("print('printed'); None", "<s>", "single"))
exec(compile("1\n\n", "<s>", "single"))

t("bytes source", lambda: compile(b"3", "b", "eval"))
t("bytes filename", lambda: compile("3", b"named.py", "eval").co_filename)
t("keywords", lambda: compile(source="1", filename="k", mode="eval"))
t("dont_inherit", lambda: compile("1", "k", "eval", dont_inherit=True))
t("flags 0", lambda: compile("1", "k", "eval", 0))
t("optimize 0", lambda: compile("1", "k", "eval", optimize=0))

t("bad mode", lambda: compile("1", "f", "nonsense"))
t("missing filename", lambda: compile("1"))
t("missing mode", lambda: compile("1", "f"))
t("no args", lambda: compile())
t("too many", lambda: compile("1", "f", "exec", 0, False, -1, 5))
t("int source", lambda: compile(3, "f", "exec"))
t("int filename", lambda: compile("1", 5, "exec"))
t("bad optimize", lambda: compile("1", "f", "exec", optimize=3))
t("bad flags", lambda: compile("1", "f", "exec", flags=12345678))
t("unknown keyword", lambda: compile("1", "f", "exec", nonsense=1))
t("null byte", lambda: compile("1\0", "f", "exec"))
t("syntax error", lambda: compile("x = ", "bad.py", "exec"))
t("eval of statement", lambda: compile("x = 1", "f", "eval"))
t("eval indent", lambda: compile("  1", "f", "eval"))
t("single two lines", lambda: compile("1 + 2\n3", "<s>", "single"))
t("single after block", lambda: compile("if 1:\n  pass\nz = 3", "<s>", "single"))

for source, mode in [("x = ", "exec"), ("1\n2", "single"), ("a=(\n1)\nb", "single")]:
    try:
        compile(source, "<where>", mode)
    except SyntaxError as err:
        print(repr(source), err.msg, err.filename, err.lineno, err.offset, repr(err.text))

asserting = "assert False, 'asserted'\nresult = 'passed'"
for level in (0, 1, 2):
    ns = {}
    try:
        exec(compile(asserting, "<opt>", "exec", optimize=level), ns)
        print(level, ns["result"])
    except AssertionError as err:
        print(level, "AssertionError", err)
ns = {}
exec(compile("def f():\n    'doc'\nd = __debug__", "<opt>", "exec", optimize=2), ns)
print(ns["f"].__doc__, ns["d"])
exec(compile("def f():\n    'doc'\nd = __debug__", "<opt>", "exec", optimize=0), ns)
print(ns["f"].__doc__, ns["d"])

try:
    exec(compile("def g():\n    return 1 / 0\ng()", "traced.py", "exec"))
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    while tb.tb_next:
        tb = tb.tb_next
    print("deepest frame line", tb.tb_lineno)
