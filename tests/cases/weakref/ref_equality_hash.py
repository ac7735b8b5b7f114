# weakref.ref equality and hashing: refs to the same live object are equal (even with
# different callbacks), hash(ref) == hash(obj) and is kept after death; dead refs are
# equal only to themselves; hashing a ref first after its death is a TypeError.
import weakref


class Key:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __hash__(self):
        return self.n * 7


a = Key(1)
b = Key(1)
c = Key(2)
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: None)
print("same object:", r1 == r2, r1 != r2)
print("equal objects:", weakref.ref(a) == weakref.ref(b))
print("different objects:", weakref.ref(a) == weakref.ref(c))
print("hash:", hash(r1) == hash(a), hash(r1))
print("not equal to the object:", r1 == a)
h = hash(r2)
rb = weakref.ref(b, lambda r: None)
rc = weakref.ref(c)
del a, b
print("dead vs dead:", r1 == r2, r1 == r1, r2 == r2)
print("dead vs live:", rb == rc)
print("hash kept:", hash(r2) == h, hash(r1))
try:
    hash(rb)
except TypeError as e:
    print(type(e).__name__, e)
print("usable as dict keys:", len({r1: 1, r2: 2}))
