# The TypeError of an augmented assignment names the augmented operator (for //=, for **=),
# for numbers and for everything else.
cases = [(1j, 2, "//="), (1j, 2, "%="), ("a", 2, "-="), (1, "a", "+="), (None, 1, "*="),
         ([1], 2, "@="), (1.5, 2, "<<="), (2, 1.5, "&="), (1j, 1, "**=") , ({1}, 1, "|="),
         ("a", "b", "**="), (1, None, ">>="), ((1,), 1, "+=")]
for left, right, op in cases:
    x = left
    try:
        exec(f"x {op} right")
        print(repr(left), op, repr(right), "->", x)
    except TypeError as e:
        print(repr(left), op, repr(right), "TypeError:", e)
z = 1j
z += 1
z -= 1j
z *= 2
z /= 4
z **= 2
print(z)
