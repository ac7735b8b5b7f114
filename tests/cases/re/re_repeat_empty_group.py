# A repeated group that can match empty: CPython ends with one more, empty, iteration.
import re

print(re.match(r"(a|)+", "aa").groups())
print(re.match(r"(a*)*", "aaa").groups())
print(re.findall(r"(a*)+b", "aab"))
