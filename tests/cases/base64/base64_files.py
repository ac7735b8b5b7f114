# base64: encode/decode between binary files, over io.BytesIO
import base64
import io

src = io.BytesIO(bytes(range(100)) * 2)
out = io.BytesIO()
base64.encode(src, out)
text = out.getvalue()
print(text.count(b'\n'), [len(line) for line in text.split(b'\n')])
back = io.BytesIO()
base64.decode(io.BytesIO(text), back)
print(back.getvalue() == bytes(range(100)) * 2)
empty = io.BytesIO()
base64.encode(io.BytesIO(b''), empty)
print(empty.getvalue())
