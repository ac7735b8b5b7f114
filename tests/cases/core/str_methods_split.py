# str.split and str.rsplit: default whitespace, explicit separators, maxsplit, edge cases.
s = "  the quick\tbrown\n fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2))
print("a b c d".split(maxsplit=1), "a b c d".rsplit(maxsplit=1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("one<>two<>three".split("<>"), "x".split("x"))
print("a  b".split(" "), "a  b".rsplit(" "))
print("1 2 3".split(None, 1), "  lead".split(" ", 1))
print("中文,测试,字符串".split(","))
print("line1\nline2\r\nline3".split("\n"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "k=v=w".split("=", 0))
print("a.b.c".rsplit(".", -1))
