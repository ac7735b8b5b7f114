# splitlines with and without keepends, partition and rpartition.
text = "one\ntwo\r\nthree\rfour\n\nsix"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "no newline".splitlines(), "trailing\n".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("no separator".partition("="), "no separator".rpartition("="))
print("=starts".partition("="), "ends=".rpartition("="))
print("中文：内容".partition("："))
host, _, port = "localhost:8080".partition(":")
print(host, int(port) + 1)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
