# open() for binary files: write bytes, read all or in chunks, seek/tell, text vs bytes errors.
import os

path = "open_binary_case.tmp"
payload = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(payload))
    print(f.write(b"\r\n\x00end"))
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:4], data[-5:], type(data).__name__)
with open(path, "rb") as f:
    print(f.read(3), f.tell())
    f.seek(250)
    print(f.read(6), f.tell())
    f.seek(0)
    print(f.read(1))
with open(path, "wb") as f:
    f.write("中文".encode("utf-8"))
with open(path, "rb") as f:
    raw = f.read()
print(raw, raw.decode("utf-8"))
with open(path, encoding="utf-8") as f:
    print(f.read())
try:
    with open(path, "wb") as f:
        f.write("text, not bytes")
except TypeError as e:
    print("TypeError:", e)
os.remove(path)
print(os.path.exists(path))
