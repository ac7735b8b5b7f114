# Shrinking and reordering a bytearray: pop, remove, clear, reverse, copy, and their errors.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


b = bytearray(b"abcdef")
print(b.pop(), b)
print(b.pop(0), b)
print(b.pop(-2), b)
print(b.pop(True), b)
attempt("pop 10", lambda: b.pop(10))
attempt("pop -10", lambda: b.pop(-10))
attempt("pop str", lambda: b.pop("a"))
attempt("pop two", lambda: b.pop(1, 2))
attempt("pop empty", lambda: bytearray().pop())
attempt("pop empty index", lambda: bytearray().pop(0))

r = bytearray(b"hello world")
r.remove(ord("o"))
print(r)
r.remove(111)
print(r)
attempt("remove missing", lambda: r.remove(120))
attempt("remove 300", lambda: r.remove(300))
attempt("remove bytes", lambda: r.remove(b"l"))
attempt("remove nothing", lambda: r.remove())

c = bytearray(b"12345")
print(c.reverse(), c)
c.reverse()
print(c)
empty = bytearray()
empty.reverse()
print(empty)
attempt("reverse arg", lambda: c.reverse(1))

k = c.copy()
k.append(54)
print(c, k, type(k).__name__, k is c)
attempt("copy arg", lambda: c.copy(1))

print(c.clear(), c, len(c))
c.clear()
print(repr(c))
attempt("clear arg", lambda: c.clear(1))

n = bytearray(range(10))
while n:
    n.pop(len(n) // 2)
    print(list(n))
print(bytearray.pop(bytearray(b"xy")), bytearray.copy(bytearray(b"z")))
attempt("unbound on bytes", lambda: bytearray.pop(b"xy"))
