# Pattern syntax: classes, escapes, quantifiers, non-greedy, possessive, atomic, backreferences,
# lookaround, conditionals, comments.
import re

tests = [
    (r"[a-c]+", "xxabcabd"), (r"[^a-c]+", "abcdefabc"), (r"[]a]+", "]a]x"), (r"[a-]+", "a-a"),
    (r"[\d\s]+", "x1 2y"), (r"[\w.-]+@\w+", "me.x-y@host"), (r"\W+", "a, b!"), (r"\S+", "  ab "),
    (r"\x41\101\u0042\U00000043", "AABC"), (r"[\b]", "a\bb"), (r"a\tb", "a\tb"), (r"\.", "a.b"),
    (r"x{2,3}", "xxxxx"), (r"x{2,3}?", "xxxxx"), (r"x{2,}", "x xx xxxxx"), (r"x{,2}", "xxx"), (r"a{3}", "aaaa"),
    (r"a{", "a{"), (r"a{1,x}", "a{1,x}"), (r"x{}", "x{}"), (r"<.*>", "<a><b>"), (r"<.*?>", "<a><b>"),
    (r"a++b", "aaab"), (r"a*+a", "aaa"), (r"(?>a+)b", "aab"), (r"(?>a|ab)c", "abc"),
    (r"(\w)\1", "hello"), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\""), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj"),
    (r"foo(?=bar)", "foobaz foobar"), (r"foo(?!bar)", "foobar foobaz"), (r"(?<=\$)\d+", "cost $42"), (r"(?<!-)\b\d+", "-5 7"),
    (r"(<)?\w+(?(1)>|$)", "<a> b"), (r"(?P<o>\()?x(?(o)\))", "(x) x"), (r"a(?#comment)b", "ab"),
    (r"(?:ab)+", "ababab"), (r"(ab)*c", "ababc"), (r"a|b|", "cab"),
    (r"\bcat\b", "cat concat cat."), (r"\Bcat", "cat concat"), (r"\s+", "a \t\n\x1cb"),
]
for pattern, text in tests:
    m = re.search(pattern, text)
    print(repr(pattern), m and m.group(), m and m.groups(), re.findall(pattern, text))
