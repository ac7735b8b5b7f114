# Arithmetic and comparisons on small ints, floats and mixes of the two: results, exactness at
# 2**53 and beyond, NaN and infinities, -0.0, and the errors (overflow to big ints, division by
# zero) that must still come out as in CPython.
big = 2**53
values = [0, 1, -1, 3, 2.5, -0.0, 0.1, big, big + 1, float(big), 2**62, -2**63,
          float("inf"), float("nan"), 1e308]
for a in values:
    row = []
    for b in values:
        row.append("".join("1" if r else "0" for r in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
    print(a, " ".join(row))

for a, b in [(1, 2.5), (2.5, 1), (big + 1, 1.0), (3, 0.5), (-7, 2.0), (2**62, 2**62), (-2**63, -1),
             (1e308, 10), (0.1, 0.2), (5, -0.0)]:
    out = []
    for name, op in [("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
                     ("/", lambda x, y: x / y)]:
        try:
            out.append(repr(op(a, b)))
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
    print(a, b, out)

x = 10
x += 2.5
x *= 2
x -= 1
x /= 4
print(x)
n = 2**62
n += n
print(n, type(n).__name__)
total = 0.0
for i in range(1, 1000):
    total += 1 / i
    if total > 7.0:
        print("passed 7 at", i)
        break
print(1 if 3 < 2.9999999 else 0, 1 if 3 <= 3.0 else 0, 1 if 2**53 + 1 > float(2**53) else 0)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
