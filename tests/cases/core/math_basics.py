# math: sqrt, floor, ceil, trunc, constants, inf/nan checks, gcd, factorial, fabs, isclose.
import math

print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(type(math.floor(2.5)).__name__, math.trunc(-3.9), math.floor(10), math.ceil(2 ** 70))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isinf(math.inf), math.isinf(1e308), math.isnan(math.nan), math.isnan(1.0), math.isfinite(1.0), math.isfinite(math.nan))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 70, 2 ** 65 * 3))
print(math.factorial(0), math.factorial(5), math.factorial(25))
print(math.fabs(-3), math.isclose(0.1 + 0.2, 0.3), math.copysign(2, -0.0), math.hypot(3, 4))
print(math.pow(2, 10), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.25), math.prod([1, 2, 3, 4]))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.lcm(4, 6))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
