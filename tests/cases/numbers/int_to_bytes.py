# int.to_bytes: 3.11's defaults (length=1, byteorder='big'), signed and unsigned, little and big
# endian, keywords, and every error: negative length, huge length, too big, negative unsigned,
# a bad byteorder.
print((255).to_bytes(), (1).to_bytes(2), (1).to_bytes(2, "little"), (0).to_bytes(0), (0).to_bytes(3))
print((1024).to_bytes(length=4, byteorder="little"), (1024).to_bytes(byteorder="big", length=3))
print((-1).to_bytes(2, signed=True), (-1).to_bytes(2, "little", signed=True), (-1).to_bytes(0, signed=True))
print((-128).to_bytes(1, signed=True), (127).to_bytes(1, signed=True), (-129).to_bytes(2, signed=True))
print((255).to_bytes(1, signed=False), (2 ** 64).to_bytes(9), (-(2 ** 63)).to_bytes(8, signed=True))
print((2 ** 100 - 1).to_bytes(13, "little"), True.to_bytes(), False.to_bytes(2, signed=True))
print(len((1).to_bytes(10000)), (1).to_bytes(5, signed=True), (10 ** 30).to_bytes(16, "big"))
for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2 ** 63, -(2 ** 63) - 1]:
    for signed in (False, True):
        row = []
        for length in (0, 1, 2, 8, 9):
            try:
                row.append(n.to_bytes(length, "big", signed=signed).hex())
            except OverflowError as e:
                row.append("OverflowError:" + str(e).split()[-1])
        print(n, signed, row)
attempts = [
    ((-1,), {}), ((2 ** 62,), {}), ((2 ** 63,), {}), ((-(2 ** 63) - 1,), {}), ((1, "mid"), {}),
    ((1, 5), {}), ((1, "big", True), {}), ((1,), {"x": 2}), ((2.0,), {}), (("1",), {}),
    ((1, "big"), {"signed": True, "length": 2}), ((), {"byteorder": None}), ((1, "BIG"), {}),
]
for args, kwargs in attempts:
    try:
        print(args, kwargs, (1).to_bytes(*args, **kwargs))
    except (ValueError, OverflowError, TypeError, MemoryError) as e:
        print(args, kwargs, type(e).__name__ + ":", e)
try:
    (256).to_bytes(1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int.to_bytes("a")
except TypeError as e:
    print("TypeError:", e)
