# The format-spec mini-language on ints, bools and big ints.
values = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 70, -(2 ** 70), True, False]
specs = ["", "d", "5", "<6", "^7", ">6", "=+8", "08", "+", " ", "-", ",", "_", "x", "#x", "X", "#X",
         "o", "#o", "b", "#b", "_b", "_x", "#_x", "012,", "09_", "#012x", "*^+10,", "0=+9", "n", "e", ".2f", "%", ".1%", "g"]
for v in values:
    print(repr(v), [format(v, spec) for spec in specs])
print(format(65, "c"), format(0x4e2d, "^5c"), format(10, "<3c") + "|", format(True, "c") == "\x01")
print(format(-5, "0=8"), format(-5, "08"), format(5, "0<4"), format(5, "0>4"), format(5, "0^5"), format(-0, "+"))
print(format(1234, "010,"), format(1234, "09,"), format(1234, "06,"), format(12345678, "015_"), format(255, "011_b"))
print(f"{12345:,}", f"{-12345:_d}", f"{7:#06b}", f"{255:#_X}", f"{10**20:,}", f"{42:*>+7}")
for v, spec in [(1, ".2"), (1, "z"), (1, "+c"), (1, "#c"), (-1, "c"), (0x110000, "c"), (1, ",x"), (1, "_n"),
                (1, ",_"), (1, ",,"), (1, "q"), (True, "q"), (1, "abc"), (1, "."), (1, "s"), (2 ** 2000, "e"),
                (1, "10000000000000000000"), (1, ",c"), (1, "_o")]:
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
