# sys: argv, version_info, maxsize, path, modules, recursion limit get/set, stdout.write.
import sys

print(sys.argv, len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.version_info[:2], sys.version_info[0] == 3, sys.version_info.major)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, type(sys.modules).__name__, sys.modules["sys"] is sys)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.stdout.write("written\n"))
print(sys.byteorder in ("little", "big"), sys.platform.startswith("linux"))
import math
print("math" in sys.modules)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
