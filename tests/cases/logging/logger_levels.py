# logging: levels: setLevel, getEffectiveLevel, isEnabledFor, disable, names and checks.
import logging

a = logging.getLogger("lv")
b = logging.getLogger("lv.child")
print(a.level, a.getEffectiveLevel(), b.getEffectiveLevel(), logging.root.level)
a.setLevel(logging.DEBUG)
print(b.getEffectiveLevel(), b.isEnabledFor(logging.DEBUG), b.isEnabledFor(5))
b.setLevel("ERROR")
print(b.level, b.isEnabledFor(logging.WARNING), b.isEnabledFor(logging.CRITICAL))
print(a, b)
logging.disable(logging.ERROR)
print(b.isEnabledFor(logging.ERROR), b.isEnabledFor(logging.CRITICAL), logging.root.manager.disable)
logging.disable(logging.NOTSET)
print(b.isEnabledFor(logging.ERROR))
logging.disable()
print(logging.root.manager.disable)
logging.disable(0)
for level in (0, 10, 20, 30, 40, 50, 15, "INFO", "WARN", "FATAL", "nope"):
    print(repr(level), repr(logging.getLevelName(level)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
a.setLevel("NOTICE")
print(a.level, a)
mapping = logging.getLevelNamesMapping()
print(sorted(mapping.items()))
mapping["X"] = 1
print("X" in logging.getLevelNamesMapping())
for bad in ("BOGUS", 1.5, None, [10]):
    try:
        a.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    a.log("INFO", "x")
except TypeError as e:
    print(type(e).__name__, e)
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
h = logging.Handler("INFO")
print(h.level, h)
h.setLevel(logging.ERROR)
print(h)
