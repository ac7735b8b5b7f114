# The collector and sizes: bytearrays hold no objects (untracked); memoryviews hold their exporter
# (tracked, visited) and cycles through them are freed; sys.getsizeof follows CPython's
# allocation; __alloc__.
import gc
import sys
import weakref

print(gc.is_tracked(bytearray(b"x")), gc.is_tracked(memoryview(b"x")), gc.is_tracked(b"x"))
source = bytearray(b"abc")
view = memoryview(source)
print(len(gc.get_referents(view)), gc.get_referents(source))


class Holder(bytearray):
    pass


h = Holder(b"cycle")
h.view = memoryview(h)
h.me = h
probe = weakref.ref(h)
del h
gc.collect()
print("cycle freed:", probe() is None)

keep = bytearray(b"kept")
holder = Holder(b"x")
holder.view = memoryview(keep)
holder.me = holder
del holder
gc.collect()
keep.append(33)
print("export given back by the collector:", keep)

print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray(10)))
print(sys.getsizeof(memoryview(b"")), sys.getsizeof(memoryview(b"ab").cast("B", [1, 2])), sys.getsizeof(memoryview(b"a").cast("B", [])))
grow = bytearray()
sizes = []
for i in range(40):
    grow.append(i)
    sizes.append(grow.__alloc__())
print(sizes)
print(sys.getsizeof(grow) - 56 == grow.__alloc__(), bytearray().__alloc__(), bytearray(b"abc").__alloc__())
shrink = bytearray(100)
shrink.pop()
print(shrink.__alloc__())
del shrink[10:]
print(shrink.__alloc__(), len(shrink))
print(bytearray(range(10)).__alloc__(), bytearray([1, 2, 3]).__alloc__(), bytearray(b"x" * 9).__alloc__())
ext = bytearray(b"ab")
ext.extend(b"cdefgh")
print(ext.__alloc__())
ext += b"ijklmnopq"
print(ext.__alloc__())
many = [memoryview(bytearray(b"v%d" % i)) for i in range(200)]
del many
print(gc.collect() >= 0)
