# re.search, re.match, re.fullmatch and their Pattern forms with pos/endpos; `$` against `\Z`.
import re

print(re.search(r"\d+", "abc 123 def"))
print(re.search(r"\d+", "abc def"))
print(re.match(r"\w+", "hello world"))
print(re.match(r"\d", "a1"))
print(re.fullmatch(r"a|ab", "ab"))
print(re.fullmatch(r"a+", "aab"))
print(re.match(r"a|ab", "ab").group())

p = re.compile(r"o")
print(p.search("foo boo", 3))
print(p.search("foo boo", 3, 5))
print(p.search("foo", 2, 1))
print(p.match("foo", 1), p.match("foo", 0))
print(p.fullmatch("foo", 1, 2), p.fullmatch("foo", 1, 3))
print(p.search("foo", -10, 100).span())

# `^` matches at the real start only; look-behind sees the text before pos.
print(re.compile(r"^b").search("ab", 1))
print(re.compile(r"(?<=a)b").search("ab", 1))
# endpos cuts the text: `$` matches there.
print(re.compile(r"a$").search("ab", 0, 1))

# `$` without MULTILINE: at the end or before a final newline; `\Z` only at the end.
print(re.search(r"ab$", "ab\n"), re.search(r"ab$", "ab\n\n"))
print(re.search(r"ab\Z", "ab\n"), re.search(r"\Aab\Z", "ab"))
print(re.findall(r"$", "a\n"))

# Leftmost match, first alternative first, with backtracking.
print(re.search(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.search(r"x*", "aaa"))
print(re.search(r".*?b", "aabab").group())
