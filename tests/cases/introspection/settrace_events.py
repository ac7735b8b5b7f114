# sys.settrace and sys.setprofile: call, line, return and exception events, generators resuming.
import sys
events = []
def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == "return" else None))
    return tracer
def add(a, b):
    c = a + b
    return c
def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total
def boom():
    raise ValueError("x")
sys.settrace(tracer)
add(1, 2)
loop(2)
try:
    boom()
except ValueError:
    pass
sys.settrace(None)
for e in events:
    print(e if e[0] != "exception" else (e[0], e[1], e[2]))
print(sys.gettrace())
calls = []
def prof(frame, event, arg):
    calls.append((event, frame.f_code.co_name))
sys.setprofile(prof)
add(3, 4)
sys.setprofile(None)
print([c for c in calls if c[1] == "add"])
def g():
    yield 1
    yield 2
sys.settrace(tracer); events.clear()
list(g())
sys.settrace(None)
print([e[:3] for e in events])
