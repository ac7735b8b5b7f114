# int.from_bytes: bytes and iterables of ints, both byte orders, signed, keywords, subclasses
# (which get cls(value)), and the errors for text, non-iterables and values out of range.
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b""))
print(int.from_bytes(b"\xff\xfe"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"\xff\xfe", byteorder="little", signed=True), int.from_bytes(b"\x80", signed=True))
print(int.from_bytes([1, 2, 3]), int.from_bytes((255,) * 9), int.from_bytes(range(5), "little"))
print(int.from_bytes(bytes=b"\x10", byteorder="big"), int.from_bytes(iter([7, 8])))
print(int.from_bytes(b"\x00" * 20 + b"\x01"), int.from_bytes(b"\xff" * 16, signed=True))
n = 2 ** 200 + 12345
print(int.from_bytes(n.to_bytes(26, "little"), "little") == n)
for value in [0, 1, -1, 255, -256, 2 ** 64 - 1, -(2 ** 64), 10 ** 40]:
    for order in ("big", "little"):
        data = value.to_bytes(20, order, signed=True)
        print(value, order, int.from_bytes(data, order, signed=True) == value, data[:3])
class Flags(int):
    pass
f = Flags.from_bytes(b"\x05")
print(type(f).__name__, f, type(int.from_bytes(b"\x05")).__name__)
print(bool.from_bytes(b"\x00"), bool.from_bytes(b"\x02"), type(bool.from_bytes(b"\x01")).__name__)
print((5).from_bytes(b"\x01"), True.from_bytes(b"\x00\x01"))
attempts = [
    ("ab",), (5,), ([256],), ([-1],), (["a"],), ([1.5],), (b"\x01", "mid"), (b"\x01", 5), (None,),
    (b"\x01", "big", True), (),
]
for args in attempts:
    try:
        print(args, int.from_bytes(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)
try:
    int.from_bytes(b"\x01", signed=True, x=1)
except TypeError as e:
    print("TypeError:", e)
