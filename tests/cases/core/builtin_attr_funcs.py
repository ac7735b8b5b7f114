# getattr (with default), setattr, hasattr, delattr, callable on objects and classes.
class Config:
    debug = False

    def method(self):
        return "method result"


c = Config()
print(getattr(c, "debug"), getattr(c, "missing", "default"), getattr(Config, "debug"))
setattr(c, "debug", True)
setattr(c, "level", 3)
print(c.debug, c.level, Config.debug, sorted(vars(c)))
print(hasattr(c, "level"), hasattr(c, "nope"), hasattr(Config, "method"), hasattr(c, "__init__"))
print(getattr(c, "method")(), getattr("text", "upper")())
delattr(c, "level")
print(hasattr(c, "level"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
name = "dynamic_" + "attr"
setattr(Config, name, 42)
print(c.dynamic_attr, getattr(c, name))
print(callable(c), callable(Config), callable(c.method), callable(print), callable(lambda: 0), callable("s"))
