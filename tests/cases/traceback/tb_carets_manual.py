# traceback: the ~~~^^^ markers CPython 3.11 draws under a frame's failing part, from
# FrameSummary column positions given by hand (binary operators, subscripts, calls, spans
# covering the whole line, multi-line spans, tabs and wide characters).
import traceback

cases = [
    ("x = a[1] + 1/0", 9, 14),
    ("x = a[1] + 1/0", 4, 14),
    ("value = foo(x)[idx]", 8, 19),
    ("foo(x)[idx]", 0, 11),
    ("r = (a) * (b)", 4, 13),
    ("r = a ** b ** c", 4, 15),
    ("z = f(1) - g(2)", 4, 15),
    ("w = -a ** b", 4, 11),
    ("q = a < b", 4, 9),
    ("p = x[1:2] // y", 4, 15),
    ("return d['key']", 7, 15),
    ("return call(arg)", 7, 16),
    ("call(arg)", 0, 9),
    ("a+b", 0, 3),
    ("  s = 'caf\u00e9' + n", 6, 18),
    ("x = '\u4e2d\u6587' + 1", 4, 15),
    ("total = (first\n", 8, 15),
    ("d = {}[k] + 1", 4, 9),
]
for line, col, end in cases:
    fs = traceback.FrameSummary("demo.py", 5, "f", line=line, end_lineno=5, colno=col,
                                end_colno=end)
    print(traceback.StackSummary.from_list([fs]).format()[0], end="")
fs = traceback.FrameSummary("demo.py", 5, "f", line="total = (first +", end_lineno=6, colno=8,
                            end_colno=3)
print(traceback.StackSummary.from_list([fs]).format()[0], end="")
fs = traceback.FrameSummary("demo.py", 5, "f", line="x = y", colno=0, end_colno=None)
print(traceback.StackSummary.from_list([fs]).format()[0], end="")
