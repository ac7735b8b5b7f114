# version_info, float_info, int_info and hash_info: struct sequences whose values are CPython's
# on a 64-bit machine.
import sys

v = sys.version_info
print(type(v).__name__, len(v), v[:2], v.major, v.minor, v.releaselevel, v.serial)
print(v >= (3, 11), v < (4,), v[:2] == (3, 11), v > (3, 10, 99))
major, minor, micro, level, serial = v
print(major, minor, level, serial)
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="))
print(hex(sys.hexversion)[:6], sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF)
try:
    type(v)((3, 11, 0, "final", 0))
except TypeError as e:
    print("TypeError", e)

f = sys.float_info
print(f)
print(f.max == 1.7976931348623157e308, f.min == 2.2250738585072014e-308, f.epsilon == 2.0 ** -52)
print(f.max_exp, f.min_exp, f.max_10_exp, f.min_10_exp, f.dig, f.mant_dig, f.radix, f.rounds)
print(1.0 + f.epsilon > 1.0, 1.0 + f.epsilon / 2 == 1.0, f.max * 2 == float("inf"))
print(len(f), f[0] == f.max, f[-1])

i = sys.int_info
print(i)
print(i.bits_per_digit, i.sizeof_digit, i.default_max_str_digits, i.str_digits_check_threshold)
print(type(i)((30, 4, 4300, 640)) == i)

h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, h.hash_bits, h.cutoff)
print(h.modulus == 2 ** 61 - 1, h.width == 64)
print(hash(float("inf")) == h.inf, hash(float("-inf")) == -h.inf)
print(hash(h.modulus) == 0, hash(h.modulus + 5) == 5, hash(-h.modulus - 1) == -2)
print(hash(2 ** 100) == (2 ** 100) % h.modulus, hash(0.5) == pow(2, -1, h.modulus))
print(hash(-1), hash(-2), hash(True), hash(1.0), hash(-0.0))
print(len(h), h.n_sequence_fields, type(h.algorithm).__name__)
for name in ("float_info", "int_info", "hash_info"):
    t = type(getattr(sys, name))
    print(name, t.__module__, t.__qualname__, t.n_fields)
try:
    type(f)((1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    f.max = 1.0
except AttributeError as e:
    print("AttributeError", e)

print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 == 2 ** 63)
print(sys.maxunicode, hex(sys.maxunicode), len(chr(sys.maxunicode)))
try:
    chr(sys.maxunicode + 1)
except ValueError as e:
    print("ValueError", e)
print(sys.byteorder, sys.byteorder in ("little", "big"))
print((1).to_bytes(2, sys.byteorder) == (1).to_bytes(2, "little"))
print(sys.float_repr_style, sys.platform)
