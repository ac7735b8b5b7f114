# sys: version_info, float_info, int_info, maxsize, switch interval, and other module facts.
import sys

print(sys.version_info, sys.version_info[:3], sys.version_info >= (3, 8), sys.version_info < (4,))
print(sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel, len(sys.version_info))
print(type(sys.version_info).__name__, tuple(sys.version_info) == (3, 11, 7, "final", 0), sys.hexversion == 0x030b07f0)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info[0] == sys.float_info.max, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits, sys.maxsize, sys.maxunicode, sys.byteorder)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.0123456789)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-9)
print(sys.getswitchinterval())
for bad in [0, -1, 0.0]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval(), sys.getdefaultencoding(), sys.float_repr_style)
print(sys.modules["sys"] is sys, "builtins" in sys.builtin_module_names or True, isinstance(sys.argv, list))
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    info = sys.exc_info()
    print(info[0].__name__, repr(info[1]), sys.exception() is info[1])
sys.stdout.write("direct write\n")
print(sys.stdout.write("x") == 1)
