# Bytes patterns on bytes: ASCII classes, bytes above 0x7f, templates and callables.
import re

print(re.findall(rb"\w+", b"caf\xe9 ab_1 \xff"))
print(re.findall(rb"[\xe0-\xff]+", b"caf\xe9\xff x"))
print(re.findall(rb".", b"a\n\xff"), re.findall(rb"(?s).", b"\n"))
print(re.findall(rb"(?i)ab", b"AB aB ab"))
print(re.search(rb"(\d+)", b"ab 123"))
print(re.sub(rb"(\d)", rb"<\1>", b"a1b2"), re.sub(rb"\d", lambda m: m.group() * 2, b"a1b2"))
print(re.split(rb"(,)", b"a,b"), re.match(rb"(?P<x>a)", b"a").groupdict())
print(re.compile(rb"a\d", re.I), re.escape(b"a.b\xe9"))
for pattern, flags in [(rb"a", re.U), (rb"(?u)a", 0), (rb"\u0041", 0), (rb"[a", 0)]:
    try:
        re.compile(pattern, flags)
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)
