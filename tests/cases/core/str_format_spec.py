# The format-spec mini-language through format(): fill, align, sign, #, 0, width, grouping, precision, type.
cases = [
    (42, ""), (42, "8"), (42, "<8"), (42, ">8"), (42, "^8"), (42, "*^9"), (42, "=+8"),
    (-42, "08"), (42, "+"), (42, " "), (-42, "-"), (1234567, ","), (1234567, "_"),
    (255, "x"), (255, "#X"), (255, "#o"), (5, "#b"), (255, "08b"), (0xABCDEF, "_x"), (65, "c"),
    (3.14159, ".2f"), (3.14159, "8.3f"), (3.14159, "<8.1f"), (-3.14159, "+.1f"), (1e-7, "f"),
    (1234.5678, "e"), (1234.5678, ".2E"), (1234.5678, "g"), (0.00001234, "g"), (1e20, "g"),
    (123456789.0, ",.2f"), (0.5, "%"), (0.123, ".1%"), (1.0, ""), (1e16, ""), (2.5, "5"),
    (float("inf"), "f"), (float("nan"), ".2f"), (-0.0, "f"), (100, "n"), (3, ".2f"), (7, "e"),
    ("text", ""), ("text", "10"), ("text", ">10"), ("text", "^10"), ("text", ".2"), ("text", "-<8.3"),
    (True, ""), (True, "d"), (None, ""), (12.0, "g"), (1234567.0, "g"), (0.0001, ".3g"),
]
for value, spec in cases:
    print(repr(value), repr(spec), "[" + format(value, spec) + "]")
for value, spec in [("s", "d"), (1.5, "d"), (42, "s"), ("x", "+")]:
    try:
        format(value, spec)
    except ValueError as e:
        print("ValueError:", e)
