# Chained comparisons: each operand evaluated once, short-circuit, mixed operators.
def value(n):
    print("eval", n)
    return n


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1 == 1.0, 1 == 1 != 2, 1 != 2 != 1)
print(value(1) < value(2) < value(3))
print(value(3) < value(2) < value(1))
print(0 <= 5 <= 10, 0 <= 15 <= 10)
x = 5
print(1 < x <= 5 < 6, 1 < x < 5)
print("a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 3))
print(1 < 2 > 0, 2 > 1 < 3)
a = [1]
b = a
print(a is b is a, a is not [1], a == [1] is not None)
print(1 in [1, 2] in [[1, 2]])
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(None == None, None is None, None != 0)
