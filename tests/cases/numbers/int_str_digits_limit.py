# Python 3.11's limit on decimal conversions between int and str (CVE-2020-10735): 4300 digits by
# default, checked for every base that is not a power of two, in both directions; and
# sys.get_int_max_str_digits/set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(int("1" * 4300) % 1000, len(str(10 ** 4299)), int("1_" * 2200 + "1") % 1000)
attempts = [
    lambda: int("1" * 4301), lambda: int("-" + "9" * 5000), lambda: int("0" * 4301),
    lambda: int("1" * 5000 + "x"), lambda: int(" " + "1" * 5000 + " "), lambda: int("1" * 5000, 36),
    lambda: str(10 ** 4300), lambda: repr(-(10 ** 4300)), lambda: f"{10 ** 4300}",
    lambda: format(10 ** 4300, "d"), lambda: "%d" % 10 ** 4300, lambda: "{}".format(10 ** 5000),
    lambda: print(10 ** 4300),
]
for f in attempts:
    try:
        print(len(str(f())))
    except ValueError as e:
        print("ValueError:", e)
print(int("1" * 5000, 16) % 1000, int("1" * 5000, 2) % 1000, int("7" * 5000, 8) % 1000)
print(len(hex(10 ** 5000)), len(bin(10 ** 5000)), len(oct(10 ** 5000)), len(format(10 ** 5000, "x")))
for n in [0, 100, 639, -1, 2.5, "5000"]:
    try:
        sys.set_int_max_str_digits(n)
        print("set", n, sys.get_int_max_str_digits())
    except (ValueError, TypeError) as e:
        print(n, type(e).__name__ + ":", e)
sys.set_int_max_str_digits(640)
try:
    int("1" * 641)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)), int("1" * 10000) % 1000)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
# Literals in source code are converted under the same limit (hexadecimal ones are not).
try:
    exec("x = " + "1" * 4301)
except SyntaxError as e:
    print("SyntaxError:", e.msg)
exec("y = 0x" + "f" * 5000 + "; z = " + "1_" * 2000 + "1")
print(y.bit_length(), z % 1000)
