# Bad patterns raise re.error with CPython's message, position, line and column.
import re

patterns = [
    "a{2,1}", "(?<=a+)b", "a**", "*a", "(?P<1>a)", "(?P<a>x)(?P<a>y)", "(a", "a)", "[a", "\\",
    "(?z)", "(?i", "a(?i)b", "\\q", "[z-a]", "[\\d-z]", "\\1", "(a)\\2", "(?P=x)", "(a\\1)",
    "(?<=(a)\\1)", "\\x1", "\\400", "(?(2)a)", "(?(1)a|b|c)", "(?P<a", "(?#abc", "(?i-i:a)",
    "(?L)a", "x{1,2}{3}", "\\N{DASH}", "(?<x)", "a\nb\n(c", "(?x)\n  a  \n )",
]
for pattern in patterns:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern)

try:
    re.compile("a{4294967295}")
except OverflowError as e:
    print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__)
e = re.error("custom", "ab\ncd", 4)
print(e, e.lineno, e.colno)
print(re.error("plain"), re.error("plain").pos)
