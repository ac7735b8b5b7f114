# round() on floats: to an int with ties to even, to ndigits on the exact binary value (2.675 is
# below 2.675), negative ndigits, huge and tiny ndigits, signed zeros, nan and inf, and overflow.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.5000000000000004, 1e16 + 1, 1e300, -7.5]:
    print(repr(x), round(x), type(round(x)).__name__, round(x, 0), round(x, None))
cases = [(2.675, 2), (1.25, 1), (1.35, 1), (0.125, 2), (0.375, 2), (2.5, 0), (-2.5, 0), (3.14159, 3),
         (1234.5678, -2), (1250.0, -2), (1350.0, -2), (-1250.0, -2), (5e-324, 323), (5e-324, 324),
         (1e300, -299), (1e300, -301), (123.456, -1), (-123.456, 1), (0.1 + 0.2, 10), (1e22, -22),
         (-0.4, 0), (0.4, 0), (-0.0, 2), (1.5, 400), (1.5, -400), (0.285, 2), (1e-20, 25), (9.995, 2)]
for x, nd in cases:
    print(repr(x), nd, repr(round(x, nd)))
print(round(1.5, 10 ** 30), round(1.5, -(10 ** 30)), round(-1.5, -(10 ** 30)))
for x in [float("nan"), float("inf"), float("-inf")]:
    print(round(x, 2), round(x, -2))
    try:
        round(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError:", e)
for nd in [1.5, "2", [1]]:
    try:
        round(2.5, nd)
    except TypeError as e:
        print("TypeError:", e)
print((2.675).__round__(2), (2.5).__round__(), (2.5).__round__(None), type((2.5).__round__()).__name__)
try:
    (1.0).__round__(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(round(2.5e15 + 0.5), round(-2.5e15 - 0.5), round(4503599627370497.0))
