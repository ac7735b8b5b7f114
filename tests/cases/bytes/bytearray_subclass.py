# Python subclasses of bytearray (and bytes): construction through __init__, methods acting on
# the base, results of built-in methods, repr with the subclass name, views over instances.


class Buffer(bytearray):
    def greet(self):
        return b"hi " + self

    def first(self):
        return self[0]


b = Buffer(b"abc")
print(repr(b), str(b), type(b).__name__, isinstance(b, bytearray), issubclass(Buffer, bytearray))
print(len(b), b[0], b[-1], b[1:], list(b), b.first(), b.greet())
b.append(100)
b.extend(b"ef")
b[0] = 65
del b[1]
print(b, type(b).__name__)
b += b"!"
print(b, type(b).__name__)
b *= 2
print(b, type(b).__name__)
print(type(b.upper()).__name__, type(b + b"x").__name__, type(b * 2).__name__, type(b[1:]).__name__)
print(b == bytearray(b"Acdef!Acdef!"), b"cd" in b, b.find(b"f"), b.split(b"!"))
print(Buffer(), Buffer(3), Buffer([1, 2]), Buffer("h\u00e9", "utf-8"), Buffer(b"x").copy())
try:
    hash(b)
except TypeError as e:
    print(type(e).__name__, e)


class Counted(bytearray):
    def __init__(self, *args):
        super().__init__(*args)
        self.initial = len(self)

    def __repr__(self):
        return "Counted<%d/%d>" % (len(self), self.initial)


c = Counted(b"xyz")
c.append(1)
print(c, c.initial, bytes(c), bytearray(c), memoryview(c).tobytes(), b"-".join([c, b"q"]))


class Upper(bytearray):
    def __getitem__(self, i):
        return super().__getitem__(i) - 32


u = Upper(b"abc")
print(u[0], u[1], list(u))

m = memoryview(b)
print(m.obj is b, m[0], m.readonly, m.nbytes)
try:
    b.append(1)
except BufferError as e:
    print(type(e).__name__, e)
m.release()
b.append(63)
print(b[-1:])


class Frozen(bytes):
    def shout(self):
        return self.upper() + b"!"


f = Frozen(b"quiet")
print(repr(f), f.shout(), f + bytearray(b"+"), bytearray(b"+") + f, memoryview(f).obj is f, hash(f) == hash(b"quiet"))
print(bytearray(f), f == bytearray(b"quiet"), bytearray(b"quiet") == f)
try:
    class View(memoryview):
        pass
except TypeError as e:
    print(type(e).__name__, e)
