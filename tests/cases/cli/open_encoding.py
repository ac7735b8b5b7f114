# Text encodings: utf-8, utf-8-sig, ascii, latin-1; error handlers on write and read; decode
# errors with CPython's messages.
import os

path = "open_encoding_case.tmp"
text = "café ü 中文"
for encoding in ["utf-8", "UTF8", "utf_8", "latin-1", "iso-8859-1", "utf-8-sig"]:
    try:
        with open(path, "w", encoding=encoding) as f:
            print(encoding, f.encoding, f.errors, f.write(text))
    except UnicodeEncodeError as e:
        print(encoding, "UnicodeEncodeError", e)
    with open(path, "rb") as f:
        print(encoding, f.read())
with open(path, "w", encoding="utf-8-sig") as f:
    f.write("with bom")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8-sig") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    try:
        with open(path, "w", encoding="ascii", errors=errors) as f:
            f.write("a é b 中 c")
        with open(path, "rb") as f:
            print(errors, f.read())
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError", e)
with open(path, "w", encoding="latin-1") as f:
    try:
        f.write("ok é then 中")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
with open(path, "wb") as f:
    f.write(b"good \xff bad \xe4\xb8 end")
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    try:
        with open(path, encoding="utf-8", errors=errors) as f:
            print(errors, repr(f.read()))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e)
for data in [b"\xff", b"abc\xc3", b"\xe4\x41", b"ok\xf0\x90\x80"]:
    with open(path, "wb") as f:
        f.write(data)
    try:
        with open(path, encoding="utf-8") as f:
            print(repr(f.read()))
    except UnicodeDecodeError as e:
        print(data, "UnicodeDecodeError", e)
with open(path, "wb") as f:
    f.write(b"caf\xe9")
for encoding in ["latin-1", "ascii"]:
    try:
        with open(path, encoding=encoding) as f:
            print(encoding, repr(f.read()))
    except UnicodeDecodeError as e:
        print(encoding, "UnicodeDecodeError", e)
with open(path, "w", encoding="utf-8") as f:
    f.write("中文字符")
with open(path, encoding="utf-8") as f:
    print(repr(f.read(1)), f.tell(), repr(f.read(2)), f.tell(), repr(f.read()))
try:
    open(path, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
with open(path, "w", encoding="ascii", errors="no-such-handler") as f:
    f.write("plain ascii is fine")
    try:
        f.write("é")
    except LookupError as e:
        print("LookupError", e)
f = open(path, encoding="latin-1")
print(repr(f))
f.reconfigure(encoding="utf-8")
print(repr(f), f.errors)
f.close()
os.remove(path)
