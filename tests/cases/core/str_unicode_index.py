# Code-point semantics for non-ASCII text: len, indexing, slicing, iteration, ord/chr, reversal.
text = "你好，世界！Hello"
print(len(text), text[0], text[1], text[-1], text[2], text[6])
print(text[:2], text[3:5], text[::-1], text[::2])
print([c for c in "中文字"], list("汉字"))
print(text.index("世"), text.find("界"), "界" in text, text.count("l"))
print(ord("中"), chr(20013), hex(ord("文")), "\u4e2d" == "中")
mixed = "a中b文c"
for i, ch in enumerate(mixed):
    print(i, ch, ord(ch))
print("中" * 3, "中文" + "字", "中文".upper(), len("é"), len("e\u0301"))
print(sorted("三二一"), max("中文"), min("abc中"))
print("😀x"[0], len("😀x"), "😀x"[1])
poem = "床前明月光"
print(poem[1:4], poem[-2:], "".join(reversed(poem)))
print(repr(poem), ascii(poem))
