# Flags are RegexFlag members in CPython: they print by name and combine into named values.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.NOFLAG)
print(re.I | re.M, repr(re.DOTALL))
print(re.compile("a", re.I).flags == re.I | re.U)
