# str.replace, find, rfind, index, rindex, count: counts, ranges, missing substrings.
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("the", "a", 1), s.replace("zz", "y"))
print("aaaa".replace("a", "b", 2), "abc".replace("", "-"), "a.b.c".replace(".", ""))
print(s.find("at"), s.find("at", 6), s.find("at", 6, 9), s.find("dog"), s.rfind("at"))
print(s.index("sat"), s.rindex("the"), s.find(""), s.rfind(""), "".find(""))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print(s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("t", 10))
text = "中文里的中文"
print(text.find("中文", 1), text.count("中"), text.replace("中文", "English"))
print("abcabc".find("c", -2), "abcabc".rfind("a", 0, 3), "hello".find("l", -10, 100))
print("mississippi".replace("ss", "SS"), "mississippi".count("ssi"))
