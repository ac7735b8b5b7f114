# Function attributes: __module__, __defaults__, __kwdefaults__, __dict__ writable and live;
# __globals__, __closure__ and cell_contents; code objects' co_* attributes.
import sys
def f(a, b=2, *, c=3):
    """doc"""
    return a, b, c
f.__module__ = "other"
print(f.__module__, f.__defaults__, f.__kwdefaults__, f.__globals__ is globals())
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30}
print(f(1), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
d = f.__dict__
f.x = 1
d["y"] = 2
print(f.y, sorted(f.__dict__), f.__dict__ is d)
f.__dict__ = {"z": 3}
print(f.z, hasattr(f, "x"))
def outer():
    v = 10
    def inner():
        return v
    return inner
g = outer()
print(g.__closure__[0].cell_contents, f.__closure__, type(g.__closure__[0]).__name__)
g.__closure__[0].cell_contents = 11
print(g())
c = g.__code__
print(c.co_name, c.co_qualname, c.co_firstlineno, c.co_freevars, c.co_argcount, c.co_nlocals)
print(f.__code__.co_varnames, f.__code__.co_kwonlyargcount, f.__code__.co_flags, outer.__code__.co_cellvars)
print(g.__code__.co_flags, f.__code__.co_filename == __file__, (lambda *a, **k: 0).__code__.co_flags)
print(f.__qualname__, f.__name__, f.__doc__)
