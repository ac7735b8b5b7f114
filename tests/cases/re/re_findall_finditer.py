# findall (strings, one group, tuples of groups) and finditer, with CPython's empty-match rule.
import re

print(re.findall(r"\d+", "a12b345c6"))
print(re.findall(r"(\d)(\w)", "a12b345"))
print(re.findall(r"(a)(b)?", "ab a"))
print(re.findall(r"x(\d)?", "x1 x"))
print(re.findall(r"", "abc"))
print(re.findall(r"|a", "a"))
print(re.findall(r"a??", "aa"))
print(re.findall(r"\b", "a b"))
print(re.compile(r"\w").findall("abcdef", 2, 4))

# The seed's example (scripts/examples/s8_async_callback.py).
htm = '<a href="http://www.baidu.com">x</a> <a href="https://python.org.com">y</a>'
print(re.findall("href=.*?com", htm))

it = re.finditer(r"(\w)(\d)?", "a1 b c3")
for m in it:
    print(m.span(), m.groups(), m.lastindex)
print([m.span() for m in re.finditer(r"|a", "aa")])
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.group() for m in re.compile(r"\d").finditer("1a2b3", 1, 4)])
print(list(re.finditer(r"z", "abc")))
