# Complex division as CPython computes it (scaling by the larger part of the divisor), and its
# ZeroDivisionError.
pairs = [
    (1 + 2j, 3 + 4j), (1, 3 + 4j), (1j, 1j), (1 + 1j, 1e-300 + 1e-300j), (1e300 + 1e300j, 1e300j),
    (5, 1j), (-7 + 0.5j, 0.25 - 8j), (1, 1e308 + 1e308j), (2 + 3j, 2), (2 + 3j, 0.1),
    (complex(1, float("inf")), 2 + 0j), (1 + 1j, complex(float("nan"), 1)),
    (1 + 1j, complex(float("inf"), 1)), (3, 4 + 0j), (0j, 1 + 1j), (-0.0 - 0j, 2j),
]
for x, y in pairs:
    print(x, "/", y, "=", x / y)
for x, y in [(1j, 0), (1j, 0.0), (1j, 0j), (1, 0j), (1.5, 0j), (0j, 0j), (1j, -0.0), (1j, False)]:
    try:
        print(x / y)
    except ZeroDivisionError as e:
        print(type(x).__name__, "/", type(y).__name__, "ZeroDivisionError:", e)
z = 1j
try:
    z /= 0
except ZeroDivisionError as e:
    print("in place:", e)
print(z)
print((1 + 2j) / (1 + 2j), (6 + 8j) / 2, 1 / 1j, 1j / 1j == 1)
