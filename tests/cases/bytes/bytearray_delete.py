# del on bytearray items and slices (simple, extended, reversed, empty), and its errors.


def run(code):
    b = bytearray(b"abcdefgh")
    try:
        exec(code, {"b": b})
        print(f"{code:18} -> {b!r}")
    except Exception as e:
        print(f"{code:18} -> {type(e).__name__}: {e}")


for code in [
    "del b[0]",
    "del b[-1]",
    "del b[3]",
    "del b[7]",
    "del b[8]",
    "del b[-9]",
    "del b[1:3]",
    "del b[:]",
    "del b[5:]",
    "del b[:-2]",
    "del b[6:2]",
    "del b[::2]",
    "del b[1::2]",
    "del b[::-2]",
    "del b[::3]",
    "del b[::-1]",
    "del b[100:]",
    "del b[1:7:2]",
    "del b['x']",
    "del b[1.0]",
    "del b[::0]",
    "del b[True]",
]:
    run(code)

b = bytearray(b"xyz")
del b[0], b[-1]
print(b)
b.__delitem__(0)
print(b, len(b))
