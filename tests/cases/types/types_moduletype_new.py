# types.ModuleType: modules made at run time, with a name, a docstring and attributes.
import sys
import types

m = types.ModuleType("mymod")
print(m.__name__, m.__doc__, repr(m), type(m) is type(sys))
m2 = types.ModuleType("other", "docs here")
m2.value = 42
print(m2.__doc__, m2.value, sorted(k for k in vars(m2) if not k.startswith("__")))
sys.modules["other"] = m2
import other

print(other.value, other is m2)
del sys.modules["other"]
try:
    types.ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
