# math: log family, exp, trig and inverse trig, degrees/radians; values rounded to 10 places.
import math

print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(1))
print(round(math.log(10), 10), round(math.exp(1), 10), math.exp(0), round(math.exp(-1), 10))
for angle in [0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2.5]:
    print(round(math.sin(angle), 10), round(math.cos(angle), 10), round(math.tan(angle), 6) if angle != math.pi / 2 else "skip")
print(round(math.asin(1), 10), round(math.acos(0), 10), round(math.atan(1), 10), round(math.atan2(1, -1), 10))
print(math.degrees(math.pi), math.radians(180), round(math.degrees(1), 10))
print(round(math.sinh(1), 10), round(math.cosh(1), 10), round(math.tanh(0.5), 10))
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.log(2 ** 1000) > 693, round(math.log1p(1e-10), 20) > 0)
