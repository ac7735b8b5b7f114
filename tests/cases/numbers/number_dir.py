# The attributes int, bool, float and complex have beyond object's, as dir() lists them.
# (object's own names are spelled out: this case is about the numbers.)
OBJECT = {
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
}
for cls in (int, bool, float, complex):
    names = sorted(set(dir(cls)) - OBJECT)
    print(cls.__name__, len(names))
    print(" ", names)
print(sorted(set(dir(bool)) ^ set(dir(int))))
print(sorted(set(dir(float)) - set(dir(int))))
print(sorted(set(dir(int)) - set(dir(float))))
print(sorted(set(dir(complex)) - set(dir(float))))
print(hasattr(1, "real"), hasattr(1.0, "numerator"), hasattr(1j, "is_integer"), callable(float.fromhex))
