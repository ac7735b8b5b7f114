# Complex arithmetic with ints, floats, bools, big ints and other complex numbers: + - * /,
# unary minus and plus, abs, and the in-place forms.
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + 1.5, 1.5 + a, a - 0.5, 0.5 - a, a * 0.5, 0.5 * a, a / 0.5, 0.5 / a)
print(a + True, True * a, a * False, a / True)
print(a * 2 ** 70, a + 10 ** 20, (2 ** 70) / a)
print(-a, +a, -(-a), abs(a), abs(b), abs(-3j), abs(0j))
print(abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print(abs(complex(1e308, 1e308)), abs(complex(3e-320, 4e-320)))
z = 1 + 1j
z += 1
z *= 1j
z -= 0.5
z /= 2
print(z)
z **= 2
print(z)
print(sum([1j, 2, 0.5, 1 - 1j]), sum([], 0j))
print(1j * 1j, (1j) ** 2, 1j * -1j, (1 + 1j) * (1 - 1j))
print(0.1j + 0.2j, (0.1 + 0.2j) * 3)
print((1e308 + 1e308j) * 10, (1e-308 + 1e-308j) / 1e10)
print(complex(float("inf"), 0) * 2, complex(0, float("inf")) + 1)
try:
    (2 ** 1100) * 1j
except OverflowError as e:
    print("OverflowError:", e)
try:
    1j + (10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
for x, y in [(1j, 2), (2, 1j), (1.5, 2j), (2j, 1.5), (1 + 2j, 3 - 4j)]:
    print(x, y, x + y, x - y, x * y, x / y)
