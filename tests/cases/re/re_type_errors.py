# Wrong argument types and values: TypeError, ValueError, IndexError, and bad replacement templates.
import re


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: re.compile(5))
attempt(lambda: re.compile(re.compile("a"), re.I))
attempt(lambda: re.search("a", 5))
attempt(lambda: re.search("a", b"a"))
attempt(lambda: re.search(b"a", "a"))
attempt(lambda: re.compile("a").search("a", "x"))
attempt(lambda: re.compile("a", re.L))
attempt(lambda: re.compile("a", re.A | re.U))
attempt(lambda: re.compile("(?a)a", re.U))
attempt(lambda: re.sub("a", 1, "a"))
attempt(lambda: re.sub("a", r"\9", "xyz"))
attempt(lambda: re.sub("(a)", r"\g<x>", "a"))
attempt(lambda: re.sub("(a)", r"\g<1", "a"))
attempt(lambda: re.sub("(a)", r"\g<>", "a"))
attempt(lambda: re.sub("(a)", r"\g", "a"))
attempt(lambda: re.sub("(a)", r"\g<-1>", "a"))
attempt(lambda: re.sub("(a)", r"\g<2>", "a"))
attempt(lambda: re.sub("(a)", r"\q", "a"))
attempt(lambda: re.sub("(a)", "\\", "a"))
attempt(lambda: re.sub("(a)", r"\777", "a"))
attempt(lambda: re.match("(a)", "a").expand(r"\2"))
attempt(lambda: re.match("(a)", "a").group(2))
attempt(lambda: re.match("(a)", "a")["x"])
attempt(lambda: re.match("(a)", "a").start(5))
attempt(lambda: re.findall(None, "a"))
