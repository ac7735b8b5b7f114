# weakref.finalize: the function runs with its args and kwargs when the object dies,
# `alive` tracks it, calling it runs it at most once and returns its result the first time;
# `atexit` defaults to True and can be set.
import weakref

log = []


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, how="normally"):
    log.append((name, how))
    return "cleaned " + name


r = Resource("r1")
f = weakref.finalize(r, cleanup, "r1", how="at death")
print("alive:", f.alive, "atexit:", f.atexit)
del r
print("log:", log, "alive:", f.alive)
print("call after death:", f())
log.clear()
r2 = Resource("r2")
g = weakref.finalize(r2, cleanup, "r2")
print("first call:", g(), g.alive)
print("second call:", g(), log)
del r2
print("object died later:", log)
g2 = weakref.finalize(Resource("tmp"), cleanup, "tmp")
print("temporary object:", log[-1], g2.alive)
h = weakref.finalize(Resource, cleanup, "class")
h.atexit = False
print("atexit set:", h.atexit, h.alive)
h.detach()
try:
    weakref.finalize(1, cleanup)
except TypeError as e:
    print(type(e).__name__, e)
