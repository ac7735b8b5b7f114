# io's abstract stream classes and BytesIO over any bytes-like object
import io, time
b = io.BytesIO()
t=time.time()
for i in range(200000):
    b.write(b"hello world\n")
print(len(b.getvalue()), b.tell())
b.seek(0); print(b.readline(), len(b.readlines()))
print(isinstance(b, io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase))
class R(io.RawIOBase):
    def __init__(self): self.n = 3
    def readinto(self, buf):
        if not self.n: return 0
        self.n -= 1; buf[:2] = b"ab"; return 2
    def readable(self): return True
r = R()
print(r.read(), r.closed)
r.close(); print(r.closed)
try: r.read()
except ValueError as e: print(e)
print(io.BytesIO(bytearray(b"xy")).read(), io.BytesIO(memoryview(b"mv")).getvalue())
try: io.BytesIO("s")
except TypeError as e: print(e)
