# str.encode / bytes.decode with utf-8, ascii, latin-1 and error handlers.
s = "héllo 中文"
data = s.encode()
print(data, len(s), len(data))
print(s.encode("utf-8") == data, data.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print("😀".encode("utf-8"), len("😀".encode("utf-8")), b"\xf0\x9f\x98\x80".decode())
print(str(b"abc", "ascii"), bytes("xyz", "ascii"))
