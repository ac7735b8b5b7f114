# Growing a bytearray: append, extend (buffers and iterables), insert, +=, *=, and their errors.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


b = bytearray(b"ab")
print(b.append(99), b)
b.append(True)
b.extend(b"de")
b.extend(bytearray(b"f"))
b.extend(memoryview(b"g"))
b.extend([104, 105])
b.extend(range(106, 108))
b.extend(x for x in b"lm")
b.extend(())
print(b, len(b))
b.extend(b)
print(b)

c = bytearray(b"cd")
c.insert(0, 97)
c.insert(1, 98)
c.insert(-1, 120)
c.insert(100, 122)
c.insert(-100, 48)
print(c)

attempt("append 256", lambda: b.append(256))
attempt("append -1", lambda: b.append(-1))
attempt("append str", lambda: b.append("a"))
attempt("append bytes", lambda: b.append(b"a"))
attempt("append nothing", lambda: b.append())
attempt("append two", lambda: b.append(1, 2))
attempt("extend int", lambda: b.extend(5))
attempt("extend str", lambda: b.extend("ab"))
attempt("extend mixed", lambda: b.extend([1, "a"]))
attempt("extend 300", lambda: b.extend([300]))
attempt("extend None", lambda: b.extend(None))
attempt("extend nothing", lambda: b.extend())
attempt("insert one arg", lambda: b.insert(0))
attempt("insert str index", lambda: b.insert("a", 1))
attempt("insert 256", lambda: b.insert(0, 256))
print(len(b))

d = bytearray(b"xy")
e = d
d += b"z"
d += bytearray(b"!")
d += memoryview(b"?")
print(d, d is e)
d *= 2
print(d, d is e)
d *= 1
print(d)
d *= 0
print(repr(d), d is e)
d = bytearray(b"q")
d *= -3
print(repr(d))
for code in ["d += [1]", "d += 'a'", "d += 1", "d *= 'a'", "d *= 1.5", "d *= 2**70"]:
    try:
        exec(code)
    except Exception as ex:
        print(code, "->", type(ex).__name__, ex)
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"a") + memoryview(b"b"))
print(bytearray(b"ab") * 3, 2 * bytearray(b"xy"), bytearray(b"z") * 0, bytearray(b"z") * True)
for code in ["bytearray(b'a') + 'b'", "bytearray(b'a') + [1]", "bytearray(b'a') + 1",
             "[1] + bytearray(b'a')", "bytearray(b'a') * 'x'", "bytearray(b'a') * bytearray(b'')"]:
    try:
        eval(code)
    except Exception as ex:
        print(code, "->", type(ex).__name__, ex)
