# What complex numbers do not have: floor division, modulo, divmod, bit operations, ordering,
# conversion to int or float, round(), and the TypeErrors CPython gives for each.
import math
z = 3 + 4j
attempts = [
    ("z // 2", lambda: z // 2), ("2 // z", lambda: 2 // z), ("z % 2", lambda: z % 2),
    ("2.5 % z", lambda: 2.5 % z), ("divmod(z, 2)", lambda: divmod(z, 2)),
    ("divmod(2, z)", lambda: divmod(2, z)), ("z << 1", lambda: z << 1), ("z & 1", lambda: z & 1),
    ("1 | z", lambda: 1 | z), ("~z", lambda: ~z), ("z @ z", lambda: z @ z),
    ("int(z)", lambda: int(z)), ("float(z)", lambda: float(z)), ("round(z)", lambda: round(z)),
    ("round(z, 2)", lambda: round(z, 2)), ("math.floor(z)", lambda: math.floor(z)),
    ("math.sqrt(z)", lambda: math.sqrt(z)), ("range(z)", lambda: range(z)),
    ("[1][z]", lambda: [1][z]), ("'%d' % z", lambda: "%d" % z), ("hex(z)", lambda: hex(z)),
    ("z + 'a'", lambda: z + "a"), ("'a' * z", lambda: "a" * z), ("z * [1]", lambda: z * [1]),
    ("z ** 'x'", lambda: z ** "x"), ("divmod('a', 1)", lambda: divmod("a", 1)),
    ("len(z)", lambda: len(z)), ("iter(z)", lambda: iter(z)), ("z()", lambda: z()),
]
for text, f in attempts:
    try:
        print(text, "->", f())
    except TypeError as e:
        print(text, "TypeError:", e)
w = 1j
try:
    w //= 2
except TypeError as e:
    print("w //= 2 TypeError:", e)
try:
    w %= 2
except TypeError as e:
    print("w %= 2 TypeError:", e)
print(w, bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(float("nan"), 0)))
