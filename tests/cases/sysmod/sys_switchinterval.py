# sys.getswitchinterval / setswitchinterval: the GIL's timeslice, in seconds.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval(), type(sys.getswitchinterval()).__name__)
sys.setswitchinterval(0.0001)
print(sys.getswitchinterval())
for bad in [0, -1, 0.0, float("nan"), "x", None]:
    try:
        sys.setswitchinterval(bad)
        print("accepted", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval()
except TypeError as e:
    print("TypeError", e)
try:
    sys.getswitchinterval(1)
except TypeError as e:
    print("TypeError", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
