# traceback: extract_tb, walk_tb, format_tb, print_tb, FrameSummary and StackSummary
# (from_list, format, format_list, print_list, equality with tuples).
import sys
import traceback


def a():
    b()


def b():
    raise KeyError("missing")


try:
    a()
except KeyError as e:
    tb = e.__traceback__
stack = traceback.extract_tb(tb)
print(type(stack).__name__, len(stack))
for fs in stack:
    print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), len(fs), fs.locals)
    print(repr(fs).replace(__file__, "FILE"))
first = stack[0]
print(first[2], list(first)[1:], first == (first.filename, first.lineno, first.name, first.line))
print(first == stack[0], first != stack[1])
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
print(traceback.format_tb(tb, limit=2) == traceback.format_list(stack[:2]))
traceback.print_tb(tb, file=sys.stdout)
traceback.print_tb(tb, limit=-1, file=sys.stdout)
print(len(traceback.extract_tb(tb, limit=1)), traceback.extract_tb(None))
entries = [("spam.py", 3, "eggs", "x = 1"), ("ham.py", 10, "<module>", None),
           traceback.FrameSummary("foo.py", 7, "bar", line="  return  foo  ")]
print(traceback.format_list(entries))
traceback.print_list(entries, file=sys.stdout)
ss = traceback.StackSummary.from_list(entries)
print(type(ss).__name__, [f.name for f in ss], ss[2].line)
fs = traceback.FrameSummary("nofile.py", 1, "f", lookup_line=False, locals={"x": [1, 2], "s": "t"})
print(fs.line, fs.locals)
print(traceback.StackSummary.from_list([fs]).format())
fs2 = traceback.FrameSummary("nofile.py", None, "f")
print(fs2.line, fs2.lineno)
print(traceback.FrameSummary("x.py", 1, "f", line="a") == traceback.FrameSummary("x.py", 1, "f", line="b"))
