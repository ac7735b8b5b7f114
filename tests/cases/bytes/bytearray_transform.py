# Byte-string transforms on bytearray (shared with bytes): strip family, padding, replace, case
# mapping, translate and maketrans, expandtabs, zfill, removeprefix/suffix, the is* tests.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


b = bytearray(b"  Hello, World!  ")
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !H"), b.strip(None), bytearray(b"xxaxx").strip(bytearray(b"x")))
print(bytearray(b"\t\n\x0b\x0c\r x \x1c").strip(), b.upper(), b.lower(), b.swapcase(), b.title())
print(bytearray(b"hELLO wORLD").capitalize(), bytearray(b"they're bill's").title(), bytearray(b"\xe9a").upper())
print(bytearray(b"ab").center(7), bytearray(b"ab").center(7, b"*"), bytearray(b"abc").center(6, bytearray(b"-")))
print(bytearray(b"ab").ljust(5, b"."), bytearray(b"ab").rjust(5), bytearray(b"abc").ljust(2), bytearray(b"ab").center(-1))
print(bytearray(b"42").zfill(5), bytearray(b"-42").zfill(5), bytearray(b"+4").zfill(4), bytearray(b"abc").zfill(2))
print(bytearray(b"aXbXc").replace(b"X", b"--"), bytearray(b"aaa").replace(b"a", b"b", 2), bytearray(b"ab").replace(b"", b"."))
print(bytearray(b"ab").replace(b"", b".", 1), bytearray(b"").replace(b"", b"x"), bytearray(b"abc").replace(b"b", memoryview(b"BB")))
print(bytearray(b"a\tbc\td").expandtabs(), bytearray(b"a\tb\nc\td").expandtabs(3), bytearray(b"\tx").expandtabs(tabsize=0))
print(bytearray(b"prefix-body").removeprefix(b"prefix-"), bytearray(b"body.txt").removesuffix(bytearray(b".txt")), bytearray(b"x").removeprefix(b"y"))
table = bytes.maketrans(b"abc", b"xyz")
print(type(table).__name__, len(table), bytearray(b"aabbcc").translate(table), bytearray(b"abcdef").translate(None, b"bd"))
print(bytearray(b"abc").translate(table, delete=b"a"), bytearray.maketrans(b"a", b"b")[97], b"abc".translate(bytearray(table)))
for probe in [b"", b"abc", b"ABC", b"Abc Def", b"abc1", b"123", b" \t", b"aB", b"\x80", b"Ab1 C"]:
    x = bytearray(probe)
    print(repr(probe), x.isalpha(), x.isalnum(), x.isdigit(), x.isspace(), x.islower(), x.isupper(), x.istitle(), x.isascii())
print([type(x).__name__ for x in [b.strip(), b.upper(), b.center(30), b.replace(b"l", b"L"), b.zfill(3)]])
attempt("strip int", lambda: b.strip(1))
attempt("strip str", lambda: b.strip(" "))
attempt("strip two", lambda: b.strip(b"a", b"b"))
attempt("center no width", lambda: b.center())
attempt("center long fill", lambda: b.center(3, b"ab"))
attempt("center str fill", lambda: b.center(3, "a"))
attempt("ljust int fill", lambda: b.ljust(3, 32))
attempt("center kw", lambda: b.center(width=3))
attempt("replace one", lambda: b.replace(b"a"))
attempt("replace str", lambda: b.replace("a", "b"))
attempt("replace too many", lambda: b.replace(b"a", b"b", 1, 2))
attempt("zfill none", lambda: b.zfill())
attempt("upper arg", lambda: b.upper(1))
attempt("isalpha arg", lambda: b.isalpha(1))
attempt("translate short", lambda: b.translate(b"x"))
attempt("translate none", lambda: b.translate())
attempt("maketrans lengths", lambda: bytes.maketrans(b"ab", b"c"))
attempt("maketrans str", lambda: bytes.maketrans("a", "b"))
attempt("expandtabs two", lambda: b.expandtabs(1, 2))
attempt("removeprefix str", lambda: b.removeprefix("x"))
attempt("removeprefix none", lambda: b.removeprefix())
