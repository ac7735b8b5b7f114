# bytes literals: quoting, escapes, raw bytes, repr rules, indexing gives ints.
b = b"abc"
print(b, repr(b), type(b).__name__, len(b))
print(b'single', b"double", b'''triple''', rb"raw\n", Rb'\x00')
print(b"\x00\x01\xff\n\t\\\'", b"it's", b'say "x"', b"both ' \"")
print(b[0], b[-1], b[1:], list(b))
print(bytes([72, 105]), bytes(3), bytes("h\u00e9", "utf-8"))
print(b"ab" + b"cd", b"-" * 3, b"a" < b"b", b"abc" == b"abc")
print(b"\x7f\x80", bytes(range(30, 35)))
print(bytearray(b"xyz"), bytearray(2))
ba = bytearray(b"hello")
ba[0] = 74
ba.append(33)
print(ba, bytes(ba), len(ba))
print(b"A" b"B", b"" == bytes())
