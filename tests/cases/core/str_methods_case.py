# Case methods and prefix/suffix tests: upper, lower, title, capitalize, swapcase, startswith, endswith.
words = ["hello world", "HELLO", "mIxEd CaSe", "they're bill's friends", "123abc", "ß", "中文abc"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("Hello".casefold(), "ΣΑΣ".lower())
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.endswith(".gz"))
print(s.endswith((".zip", ".gz")), s.startswith(("x", "y")), s.endswith("tar", 0, 12))
print("".startswith(""), "abc".endswith(""), "abc".startswith("abcd"))
print("Title Case Here".istitle(), "not title".istitle(), "UP".isupper(), "low".islower())
print("MiXeD".isupper(), "123".isupper(), "a1".islower())
