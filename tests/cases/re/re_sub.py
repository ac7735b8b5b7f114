# sub and subn: templates with \1, \g<name>, \g<0>, escapes; callables; count; empty matches.
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "a bc"))
print(re.sub(r"\w+", r"[\g<0>]", "a bc"))
print(re.sub(r"(a)", r"\g<1>0", "xa"))
print(re.sub(r"(a)", r"\1\n\t\\", "a"))
print(repr(re.sub(r"a", r"\141\0", "a")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"a", r"\.", "a"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"\d", lambda m: None, "a1b2"))
print(re.sub(r"a", "b", "aaaa", 2))
print(re.sub(r"a", "b", "aaaa", count=-1))
print(re.subn(r"a", "b", "aaaa"))
print(re.subn(r"z", "b", "aaaa"))
print(re.sub(r"x*", "-", "abxd"))
print(re.subn(r"", "-", "ab"))
print(re.compile(r"o").sub("0", "foo boo", 3))

def upper(m):
    return m.group(1).upper()

print(re.sub(r"_(\w)", upper, "snake_case_name"))
try:
    re.sub(r"a", lambda m: 1, "a")
except TypeError as e:
    print(type(e).__name__, e)
