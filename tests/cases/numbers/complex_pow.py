# Powers with complex numbers: repeated squaring for integral exponents up to 100, the polar
# form beyond and for fractional or complex exponents, zero to a negative or complex power,
# overflow, pow() with a modulus, and the complex result of a negative float to a fractional power.
bases = [1j, 1 + 1j, 2 - 3j, 0.5 + 0.5j, -1 + 0j, 3 + 0j]
for z in bases:
    print(z, [z ** n for n in (0, 1, 2, 3, -1, -2, 10)])
print((1 + 1j) ** 100, (1 + 1j) ** 101, (1 + 1j) ** -100, (1 + 1j) ** 100.0)
print((1 + 2j) ** 0.5, (1 + 2j) ** (1 + 1j), 2 ** 1j, 2.5 ** (0.5 - 1j), 1j ** 1j)
print(0j ** 0, 0j ** 2, 0j ** 0j, 0 ** 0j, (0j) ** 2.5, 1j ** 0j)
for x, y in [(0j, -1), (0j, 1j), (0, -1j), (0j, -2.5), (0.0, 1j)]:
    try:
        print(x ** y)
    except ZeroDivisionError as e:
        print(x, "**", y, "ZeroDivisionError:", e)
for x, y in [(1e200 + 1e200j, 2), (10j, 400), (complex(float("inf"), 0), 2), (1e300j, 1.5)]:
    try:
        print(x ** y)
    except OverflowError as e:
        print(x, "**", y, "OverflowError:", e)
print(pow(1j, 2), pow(2, 1j), pow(1 + 1j, 3, None))
for args in [(1j, 2, 3), (2, 2, 1j), (2, 1j, 3), (2.0, 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-1) ** 0.5, (-2.5) ** 1.5, (-1.0) ** -0.5)
print((-8) ** 2, (-8.0) ** 2.0, (-8.0) ** -1.0, type((-8.0) ** 0.5).__name__)
print((-0.0) ** 0.5, float("-inf") ** 0.5, (-1.0) ** float("inf"), (-2.0) ** float("nan"))
z = 2j
z **= 3
print(z)
