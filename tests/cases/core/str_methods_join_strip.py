# str.join and the strip family: strip, lstrip, rstrip with and without characters.
print(",".join(["a", "b", "c"]), "".join("xyz"), " - ".join(("1", "2")))
print("|".join([]), "|".join(["only"]), "\n".join(map(str, range(3))))
print("".join(reversed("stressed")), ", ".join(sorted({"b", "a"})))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."), "abcba".strip("ab"))
print(repr("".strip()), repr("   ".strip()), repr("no-op".strip()))
print("123abc321".strip("0123456789"), "\u3000全角空格\u3000".strip())
print("path/to/dir///".rstrip("/"), "0007".lstrip("0"))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
