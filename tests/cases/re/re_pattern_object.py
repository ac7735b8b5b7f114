# Pattern objects: attributes, repr, equality, compile of a compiled pattern, the cache, escape.
import re

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(-\d\d)?")
print(p, p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
print(p.search("on 2024-05-17").group("year", "month"))
print(p.findall("2024-05 and 2023-12-01"))
print(p.sub(r"\g<month>/\g<year>", "2024-05"))
print(p.split("a2024-05b"))
print(re.compile(p) is p, re.search(p, "x 1999-01").span())
print(re.compile(r"a+") == re.compile(r"a+"), re.compile(r"a+") == re.compile(r"a+", re.I))
print(re.compile("it's"), re.compile("a\nb"), re.compile("x" * 250) is not None)
print(re.compile("a", re.I | re.M | re.S | re.X | re.A))
print(isinstance(p, re.Pattern), type(p).__name__)
print(re.compile("a") is re.compile("a"))
re.purge()
print(re.compile("a").match("a").group())
print(re.escape("a-b.c*d e\n(x)[y]{z}?+^$|\\&~#"), re.escape("héllo_123"))
print(re.search(re.escape("1+1=2?"), "is 1+1=2?").span())
