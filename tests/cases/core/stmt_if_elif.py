# if / elif / else chains, nested ifs, truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))

for value in [0, 1, "", "x", [], [0], None, 0.0, {}, {"k": 1}]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")

x = 5
if x > 1:
    if x > 3:
        print("x > 3")
    else:
        print("1 < x <= 3")
if x == 5: print("one-line if")
if x != 5:
    pass
elif x == 5:
    print("elif taken")
