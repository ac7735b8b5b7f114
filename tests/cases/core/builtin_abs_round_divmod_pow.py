# abs, round (banker's rounding, ndigits, negative ndigits), divmod, pow with and without mod.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 70)))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(3.14159, 3), round(-2.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1))
print(round(12.5), type(round(12.5)).__name__, round(12.5, 0), type(round(12.5, 0)).__name__)
print(round(7), round(7, 2), round(1e20), round(0.1 + 0.2, 10))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(2 ** 65, 10))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(9, 0.5))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(7, -1, 13), pow(5, 0, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(2 ** 0, 0 ** 0, 0.0 ** 0, (-2) ** 3, (-2) ** -1)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
