# bytes methods: decode, split, join, strip, replace, find, count, hex, fromhex, case, startswith.
data = b"  Hello, World  "
print(data.strip(), data.lstrip(), data.rstrip(), data.strip().lower(), data.upper())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"k=v=w".rsplit(b"=", 1))
print(b"-".join([b"x", b"y", b"z"]), b"".join([b"ab", b"cd"]))
print(b"hello".replace(b"l", b"L"), b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".count(b"l"))
print(b"hello".index(b"e"), b"hello".startswith(b"he"), b"hello".endswith(b"lo"))
print(b"\x00\xffab".hex(), bytes.fromhex("48 69 21"), b"abc".hex("-"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace())
print(b"x".center(5, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"key: value".partition(b": "), b"a\nb\r\nc".splitlines())
print(b"title case".title(), b"Hello".swapcase(), b"abc".capitalize())
print(bytes(b"abc") == b"abc", b"abc"[0:1] == b"a", b"abc"[0] == 97)
print(list(b"AZ"), b"abc" * 2, b"ab" in b"cabd", len(b"\x00" * 4))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc" + "str"
except TypeError as e:
    print("TypeError:", e)
