# split: plain, with groups (None for a group that did not take part), maxsplit, empty matches.
import re

print(re.split(r"[,;]\s*", "a, b;c,d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r",", "a,b,c", 1))
print(re.split(r",", "a,b,c", -1))
print(re.split(r"x*", "abxd"))
print(re.split(r"", "abc"))
print(re.split(r"\b", "hi there"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split(r"z", "abc"))
print(re.split(r"a", ""))
print(re.compile(r"\d").split("a1b2c"))
