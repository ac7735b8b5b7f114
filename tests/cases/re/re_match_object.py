# Match objects: group/groups/groupdict/start/end/span/regs/lastindex/lastgroup/expand/[]/repr.
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(!)?(?P<tail>\?)?", "Jane Doe, x")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 3))
print(m[0], m["first"], m[2])
print(m.groups(), m.groups("-"))
print(m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("last"), m.span(3), m.start("tail"))
print(m.regs)
print(m.string, m.re, m.pos, m.endpos)
print(m.lastindex, m.lastgroup)
print(m.expand(r"\g<last>, \1 (\g<0>)"), repr(m.expand(r"[\3]")))
print(bool(m), type(m).__name__, isinstance(m, re.Match))
for pattern, text in [(r"(a)(b)?", "a"), (r"((a)b)", "ab"), (r"(a)(b?)", "a"), (r"(?:(a)|(b))+", "ab"), (r"x", "x"), (r"(?P<n>a)|(b)", "b")]:
    mm = re.match(pattern, text)
    print(pattern, mm.lastindex, mm.lastgroup)
print(re.match("a" * 60, "a" * 60))
print(re.match(r"(a)", "a").group(True))
print(re.compile(r"b").search("abc", 1, 2).pos, re.compile(r"b").search("abc", -5, 99).endpos)
for bad in [2, -1, "nope", 1.0]:
    try:
        m.group(bad) if bad != 2 else re.match(r"(a)", "a").group(bad)
    except IndexError as e:
        print(type(e).__name__, e)
