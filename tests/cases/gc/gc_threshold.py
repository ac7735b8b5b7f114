# gc.get_threshold/set_threshold: CPython 3.11's default is (700, 10, 10); setting one,
# two or three values changes only those; the old setting is restored at the end.
import gc

old = gc.get_threshold()
print("default:", old, type(old).__name__, len(old))
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(200, 20)
print(gc.get_threshold())
gc.set_threshold(0)
print("threshold 0:", gc.get_threshold()[0], "enabled flag unchanged:", gc.isenabled())
x = []
x.append(x)
del x
print("explicit collect still works:", gc.collect())
gc.set_threshold(*old)
print("restored:", gc.get_threshold() == old, gc.get_threshold())
print(gc.set_threshold(*old))
try:
    gc.set_threshold()
except TypeError:
    print("no arguments: TypeError")
try:
    gc.set_threshold("700")
except TypeError:
    print("a str: TypeError")
