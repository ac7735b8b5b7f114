# Equality of complex numbers with ints, floats and each other (exact, not through a rounded
# float), ordering comparisons as TypeErrors, hashes equal to those of equal ints and floats,
# and complex numbers as dict keys and set members.
print(1 + 0j == 1, 1 == 1 + 0j, 1 + 0j == 1.0, 1j == 1j, 1j != 1j, 1j == 1, 2j != 2)
print(0j == 0, 0j == -0.0, 0j == False, 1 + 0j == True, complex(2 ** 53 + 1) == 2 ** 53 + 1)
print(complex(2 ** 53) == 2 ** 53, complex(2 ** 60) == 2 ** 60, complex(1e300) == 10 ** 300)
print(complex(float("nan")) == complex(float("nan")), 1j == "1j", 1j != None, 1j == [1j])
print([1j, 2] == [1j, 2], (1 + 0j, 2) == (1, 2.0), 1j in [1, 1j], 2 + 0j in {2})
for op in ["<", "<=", ">", ">="]:
    for x, y in [(1j, 1j), (1j, 1), (1, 1j), (2.5, 1j), (1j, None)]:
        try:
            eval(f"x {op} y")
            print("no error")
        except TypeError as e:
            print(f"{x!r} {op} {y!r}: TypeError: {e}")
try:
    sorted([1j, 2j])
except TypeError as e:
    print("sorted: TypeError:", e)
try:
    max(1j, 2j)
except TypeError as e:
    print("max: TypeError:", e)
print(hash(1j), hash(complex(1, 0)) == hash(1), hash(complex(-1, 0)), hash(complex(0.5, 0)) == hash(0.5))
print(hash(complex(1, 1)), hash(complex(-1, -1)), hash(complex(1e300, 2.5)), hash(0j))
print(hash(complex(float("inf"), 0)) == hash(float("inf")), hash(complex(0, float("-inf"))))
print(hash(complex(2 ** 61, 0)) == hash(2 ** 61), hash(complex(-2.5, 3.75)))
d = {1: "int one", 2.5: "float", 3j: "imaginary"}
print(d[1 + 0j], d[complex(2.5)], d[3j], 1j in d, (0 + 3j) in d)
d[1 + 0j] = "replaced"
print(d)
s = {1, 1.0, 1 + 0j, 2j, 2j, 0j, 0, False}
print(sorted(s, key=lambda z: (abs(z), str(z))))
print(len({complex(1, 2), complex(1.0, 2.0), 1 + 2j}))
