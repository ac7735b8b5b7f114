# bytearray slice assignment: equal, growing and shrinking slices, extended slices, what may be
# assigned, and assigning a bytearray to a slice of itself.


def run(code):
    b = bytearray(b"hello")
    try:
        exec(code, {"b": b})
        print(f"{code:32} -> {b!r}")
    except Exception as e:
        print(f"{code:32} -> {type(e).__name__}: {e}")


for code in [
    "b[1:3] = b'EL'",
    "b[1:3] = b''",
    "b[1:3] = b'abcdef'",
    "b[:] = b''",
    "b[:] = b'new contents'",
    "b[0:0] = b'>>'",
    "b[5:] = b'!!'",
    "b[10:] = b'far'",
    "b[5:1] = b'ab'",
    "b[-2:] = b'LO'",
    "b[-100:2] = b'X'",
    "b[1:3] = [1, 2, 3]",
    "b[1:3] = (65, 66)",
    "b[1:3] = range(3)",
    "b[1:3] = (x for x in b'gen')",
    "b[1:3] = bytearray(b'Z')",
    "b[1:3] = memoryview(b'QQ')",
    "b[1:3] = {7: 'a'}",
    "b[:] = b",
    "b[1:] = b",
    "b[:2] = b",
    "b[::2] = b'XYZ'",
    "b[::-1] = b'olleh'",
    "b[::2] = [1, 2, 3]",
    "b[1::2] = b'__'",
    "b[::-2] = b'123'",
    "b[::2] = b''",
    "b[1:1:2] = b''",
    "b[4:0:-1] = b'abcd'",
    "b[::2] = b'XY'",
    "b[::3] = b'XYZ'",
    "b[1:3] = 5",
    "b[1:3] = 1.5",
    "b[1:3] = 'ab'",
    "b[1:3] = [256]",
    "b[1:3] = [1, 'a']",
    "b[1:3] = None",
    "b[1:3] = object()",
    "b[::2] = 7",
    "b[1:2:0] = b''",
    "b['a':] = b''",
]:
    run(code)
