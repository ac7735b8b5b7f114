# Traceback objects: __traceback__ and sys.exc_info()[2] walk the frames with tb_lineno/tb_next.
import sys
def f():
    1 / 0
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines, sys.exc_info()[2] is not None, type(e.__traceback__).__name__)
print(ValueError("x").__traceback__)
