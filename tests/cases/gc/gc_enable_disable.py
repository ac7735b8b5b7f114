# gc.enable/disable/isenabled: the flag is on at start, can be toggled, toggling twice
# is harmless, and gc.collect() still works while automatic collection is disabled.
import gc

print("at start:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.disable()
print("after disable twice:", gc.isenabled())
x = []
x.append(x)
del x
print("collect while disabled:", gc.collect())
print("still disabled:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())
gc.enable()
print("after enable twice:", gc.isenabled())
print(gc.enable(), gc.disable(), gc.isenabled())
gc.enable()
print(type(gc.isenabled()).__name__)
for name in ("enable", "disable", "isenabled", "collect"):
    try:
        getattr(gc, name)(1, 2, 3)
    except TypeError as e:
        print(name, "TypeError")
