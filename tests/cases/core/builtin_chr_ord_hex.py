# chr, ord, hex, bin, oct and their round trips with int().
print(chr(65), chr(97), chr(0x4e2d), chr(8364), repr(chr(0)), chr(0x1F600))
print(ord("A"), ord("a"), ord("中"), ord("€"), ord("\n"), ord("😀"))
print(hex(255), hex(-255), hex(0), hex(2 ** 64), bin(10), bin(-10), bin(0), oct(8), oct(-8), oct(0))
print(int(hex(3054), 16), int(bin(77), 2), int(oct(511), 8))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(ord(b"a"), [ord(c) for c in "abc"], list(map(chr, range(48, 53))))
