# Integer literal forms: decimal, hex, octal, binary, underscores, big literals; int() parsing.
print(0, 42, -17, 0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B11)
print(1_000_000, 0x_FF_FF, 0b_1111_0000, 0o_7_7)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF, -0x8000000000000000)
print(int("42"), int("-0"), int("  7  "), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("777", 8), int("101", 2), int("10", 3))
print(int(3.99), int(-3.99), int(True), int("+5"))
print(type(10 ** 20).__name__, 10 ** 20 == int("1" + "0" * 20))
print(00, 0_0)
for bad in ["", "1.5", "12a", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
