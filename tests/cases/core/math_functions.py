# math: exact results of the float, rounding, norm, sum and integer functions.
import math

values = [0.0, -0.0, 0.5, 1.0, 2.0, 3.7, -3.7, 1e-300, 1e300, 123456.789, math.pi]
for x in values:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x), math.modf(x), math.frexp(x))
for x in [0.1, 0.5, 1.0, 2.0, 10.0, 1e10, 1e-10]:
    print(math.sqrt(x), math.exp(x) if x < 700 else "big", math.log(x), math.log2(x), math.log10(x), math.log1p(x), math.expm1(x) if x < 700 else "big")
for x in [-1.0, -0.5, 0.0, 0.25, 0.5, 1.0]:
    print(math.asin(x), math.acos(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -1), (math.inf, math.inf), (3, 0)]:
    print(math.atan2(y, x), math.copysign(3, y), math.hypot(x, y))
print(math.log(100, 10), math.log(8, 2), math.log(2 ** 3000), math.log(2 ** 3000, 2), math.log10(10 ** 400), math.log2(2 ** 2000))
print(math.pow(2, 0.5), math.pow(-2, 3), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, -math.inf), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.fmod(5.5, 2), math.fmod(-5.5, 2), math.fmod(5, math.inf), math.fmod(0.0, 1), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 3))
print(math.ldexp(0.75, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, 1020) if False else math.ldexp(1.5, 1023))
print(math.hypot(), math.hypot(3), math.hypot(3, 4, 12), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(-2, math.inf, math.nan))
print(math.hypot(1.1, 2.2, 3.3, 4.4), math.hypot(0.1, 0.2), math.dist((1, 2, 3), (4, 6, 15)), math.dist([0.1], [0.3]))
for i in range(1, 30):
    print(i, math.hypot(i * 0.1, i * 0.7, 1 / i), math.dist((i, 1 / i), (1 / i, i)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([]), math.fsum(range(10)), math.fsum([math.inf, 1]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -53]))
print(math.fsum([1.0, 1e-16, -1.0]), math.fsum([0.3, 0.6, 0.1, -1.0]), math.fsum([1e308, -1e308, 1e308]))
print(math.degrees(1), math.radians(90), math.degrees(math.pi / 3), math.radians(-45.5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50), math.gcd(True, 4))
print(math.lcm(), math.lcm(0, 5), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(2 ** 64, 3 ** 40))
print(math.factorial(20), math.factorial(21), math.factorial(70), len(str(math.factorial(1000))))
print(math.comb(52, 5), math.comb(5, 0), math.comb(5, 6), math.comb(100, 50), math.comb(10 ** 20, 2))
print(math.perm(5), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10), math.perm(5, None))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1))
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(["ab", 3]))
print(math.floor(2 ** 80), math.ceil(-2 ** 80), math.trunc(True), math.floor(1e20), math.ceil(-1e25), type(math.floor(False)).__name__)
print(math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1), math.ulp(0), math.ulp(1e300), math.cbrt(27), math.exp2(10))
print(math.e ** 2 == math.exp(2), math.tau == 2 * math.pi, math.inf > 10 ** 308, math.isnan(math.inf - math.inf))


class Box:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return "floor of " + str(self.v)

    def __ceil__(self):
        return "ceil of " + str(self.v)

    def __trunc__(self):
        return "trunc of " + str(self.v)

    def __index__(self):
        return self.v

    def __float__(self):
        return float(self.v)


print(math.floor(Box(3)), math.ceil(Box(3)), math.trunc(Box(3)), math.gcd(Box(12), 8), math.sqrt(Box(9)))
for k in [1024, 1025, 3000]:
    for d in [0, 1, -1, 3 ** 600]:
        n = 2 ** k + d
        print(k, math.log(n), math.log2(n), math.log10(n), math.log(n, 7))
