# float arithmetic: division, floor division and modulo with negatives, powers, inf and nan.
print(7.5 / 2, 7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(2.0 ** 10, 2 ** 0.5, 4 ** -0.5, (-8) ** 2.0, 10 ** -2)
print(1 / 3 * 3, 0.1 * 3, 1e308 * 10, -1e308 * 10)
inf = float("inf")
nan = float("nan")
print(inf, -inf, inf + 1, inf * -1, inf - inf, 0 * inf)
print(nan, nan == nan, nan != nan, nan is nan, inf == inf, inf > 1e308)
print(nan > 1, nan < 1, min(1.0, 2.0), max(-inf, 0))
print(1 / inf, -1 / inf, divmod(7.0, 2), divmod(-7.0, 2))
print(abs(-2.5), round(3.14159, 3), round(-0.5), round(1.5), round(2.5))
print(3 * 1.5, 3 + 0.5, 10 - 0.25, 7 / 7, type(7 / 7).__name__)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(sum([0.1] * 10), 1e-16 + 1.0 == 1.0)
print(float("-inf") < -1e308 < 0 < 5e-324 < float("inf"))
