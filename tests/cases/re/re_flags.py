# Flags I, M, S, X, A as arguments, inline (?imsxa) and scoped (?i:...) / (?-i:...).
import re

print(re.findall(r"ab", "AB ab Ab", re.I), re.findall(r"(?i)ab", "AB ab"))
print(re.findall(r"^\w+$", "one\ntwo\n", re.M), re.findall(r"^\w+$", "one\ntwo\n"))
print(re.findall(r"(?m)^", "a\nb\n"), re.findall(r"(?m)$", "a\n\n"))
print(re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"a.c", "abc a\nc"))
print(re.findall(r"(?s:a.)c|a.c", "a\nc"))
print(re.match(r"""
    (\d+)   # digits
    \s* -   # a dash
    [ ]x    # a space kept by the class
""", "12 - x", re.X).groups())
print(re.match(r"(?x) a b \  c \# d", "ab c# d"))
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.A))
print(re.findall(r"\d", "٣3"), re.findall(r"(?a)\d", "٣3"))
print(re.findall(r"(?i:a)b", "ab Ab AB"))
print(re.findall(r"(?-i:a)b", "ab aB AB", re.I))
print(re.compile(r"x", re.I | re.M).flags, re.compile(r"(?s)x").flags, re.compile(r"x", re.A).flags)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.NOFLAG))
print(re.compile("a", re.I | re.S), re.compile("a", re.X | re.A), re.compile("(?m)a"))
