# traceback: extract_stack, format_stack, print_stack, walk_stack, StackSummary.extract with
# limit and capture_locals.
import sys
import traceback


def level3():
    st = traceback.extract_stack()
    print([(f.name, f.lineno) for f in st][-3:])
    print(st[-1].line)
    print(traceback.format_stack(limit=2)[0].splitlines()[0].replace(__file__, "F"))
    traceback.print_stack(limit=2, file=sys.stdout)
    names = [f.f_code.co_name for f, _ in traceback.walk_stack(None)]
    print(names[:3])
    s = traceback.StackSummary.extract(traceback.walk_stack(None), limit=2)
    print([f.name for f in s])
    marker = [1, "two"]
    frame = sys._getframe()
    s = traceback.StackSummary.extract(traceback.walk_stack(frame), capture_locals=True)
    print(s[0].locals["marker"], s[0].locals["names"], s[1].locals)
    print(len(traceback.extract_stack(frame.f_back, limit=1)))


def level2():
    level3()


def level1():
    level2()


level1()
print(traceback.extract_stack()[-1].name, len(traceback.format_stack()))
lines = traceback.format_stack(sys._getframe())
print(lines[-1].replace(__file__, "F"), end="")
