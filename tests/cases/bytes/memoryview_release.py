# release(), the context manager, and exports: a bytearray cannot change size while a view
# shows it; released views refuse every operation; views of views share the exporter.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


b = bytearray(b"abc")
m = memoryview(b)
for label, code in [("append", "b.append(1)"), ("extend", "b.extend(b'xy')"), ("extend empty", "b.extend(b'')"),
                    ("+=", "b += b'z'"), ("+= empty", "b += b''"), ("*= 2", "b *= 2"), ("*= 1", "b *= 1"),
                    ("pop", "b.pop()"), ("remove", "b.remove(97)"), ("insert", "b.insert(0, 1)"),
                    ("clear", "b.clear()"), ("del item", "del b[0]"), ("del slice", "del b[0:2]"),
                    ("del empty slice", "del b[1:1]"), ("grow slice", "b[0:1] = b'xy'"),
                    ("same slice", "b[0:1] = b'X'"), ("item", "b[1] = 66"), ("reverse", "b.reverse()"),
                    ("extended", "b[::2] = b'PQ'"), ("extended delete", "b[::2] = b''"),
                    ("reinit", "b.__init__(b'new')"), ("reinit empty", "b.__init__()")]:
    try:
        exec(code)
        print(label, "-> ok", b)
    except BufferError as e:
        print(label, "->", type(e).__name__, e)

m.release()
print(repr(m)[:17], b.append(100), b)
for label, f in [("len", lambda: len(m)), ("index", lambda: m[0]), ("slice", lambda: m[0:1]),
                 ("store", lambda: m.__setitem__(0, 1)), ("tobytes", m.tobytes), ("tolist", m.tolist),
                 ("hex", m.hex), ("cast", lambda: m.cast("B")), ("obj", lambda: m.obj),
                 ("format", lambda: m.format), ("shape", lambda: m.shape), ("readonly", lambda: m.readonly),
                 ("nbytes", lambda: m.nbytes), ("bytes", lambda: bytes(m)), ("bool", lambda: bool(m)), ("hash", lambda: hash(m)), ("enter", m.__enter__),
                 ("toreadonly", m.toreadonly), ("in", lambda: 1 in m), ("view of it", lambda: memoryview(m)),
                 ("join", lambda: b"".join([m])), ("bytearray of it", lambda: bytearray(m))]:
    attempt(label, f)
print(m == m, m != m, m == b"", m.release(), m.release())

with memoryview(b) as view:
    print(view[0], view.obj is b)
    try:
        b.append(1)
    except BufferError as e:
        print(type(e).__name__, e)
print(repr(view)[:17], b.append(101), len(b))

two = bytearray(b"xy")
first, second = memoryview(two), memoryview(two)
first.release()
attempt("one view left", lambda: two.append(0))
second.release()
attempt("no views left", lambda: two.append(0))

base = bytearray(b"shared")
outer = memoryview(base)
inner = outer[1:4]
nested = memoryview(inner)
outer.release()
print(inner.tobytes(), nested.obj is base, nested.tobytes())
attempt("inner still exports", lambda: base.append(0))
inner.release()
attempt("nested still exports", lambda: base.append(0))
nested.release()
attempt("all released", lambda: base.append(33))
print(base)

temp = bytearray(b"t")
memoryview(temp)
temp.append(50)
keep = memoryview(temp).cast("c")
attempt("cast view exports", lambda: temp.append(0))
del keep
temp.append(51)
print(temp)
