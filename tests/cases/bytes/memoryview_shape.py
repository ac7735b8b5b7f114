# Multi-dimensional and zero-dimensional views from cast(format, shape): shape, strides, tolist,
# indexing with tuples, tobytes orders, and what is not implemented in CPython either.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


m = memoryview(bytes(range(24)))
grid = m.cast("B", [4, 6])
print(grid.ndim, grid.shape, grid.strides, len(grid), grid.nbytes, grid.c_contiguous, grid.f_contiguous)
print(grid.tolist())
print(grid[0, 0], grid[3, 5], grid[-1, -1], grid[1, -2], grid.tobytes()[:8], grid.tobytes("F")[:8])
cube = m.cast("B", (2, 3, 4))
print(cube.shape, cube.strides, cube.tolist()[1][2], cube[1, 2, 3], cube[0, -1, 0])
words = m.cast("H", [3, 4])
print(words.shape, words.strides, words.format, words[2, 3], words.tolist()[0][:2])
flat = grid.cast("B")
print(flat.shape, flat.ndim, flat[23])
rows = grid[1:3]
print(rows.shape, rows.strides, rows.tolist(), rows[0, 1], grid[::2].tolist(), grid[::-1][0, 0])
print(grid == m.cast("B", [4, 6]), grid == m, grid.cast("B") == m)

scalar = memoryview(b"\x07").cast("B", [])
print(scalar.ndim, scalar.shape, scalar.strides, len(scalar), scalar.tolist(), scalar[()], scalar[...] is scalar)
wide = memoryview(b"\x01\x00\x00\x00").cast("i", ())
print(wide.tolist(), wide.nbytes, wide.tobytes())

attempt("row of grid", lambda: grid[0])
attempt("too few indexes", lambda: cube[0, 1])
attempt("too many indexes", lambda: grid[0, 0, 0])
attempt("out of dim 2", lambda: grid[0, 6])
attempt("out of dim 1", lambda: grid[4, 0])
attempt("slice pair", lambda: grid[0:1, 0:1])
attempt("mixed key", lambda: grid[0:1, 0])
attempt("iterate grid", lambda: list(grid))
attempt("scalar index", lambda: scalar[0])
attempt("scalar len tolist", lambda: (len(scalar), scalar.tolist()))
attempt("scalar iterate", lambda: list(scalar))
attempt("ND to ND", lambda: grid.cast("B", [6, 4]))
attempt("scalar of two bytes", lambda: memoryview(b"ab").cast("B", []))
attempt("too many dims", lambda: memoryview(b"a").cast("B", [1] * 65))
b = bytearray(12)
w = memoryview(b).cast("B", [3, 4])
w[1, 2] = 9
w[-1, -1] = 255
print(b, w.tolist()[1])
attempt("assign row", lambda: w.__setitem__(0, 1))
attempt("assign slice", lambda: w.__setitem__(slice(0, 1), b"abcd"))
attempt("assign slices", lambda: w.__setitem__((slice(0, 1), slice(0, 1)), b"a"))
attempt("scalar assign", lambda: (lambda s: (s.__setitem__((), 5), s.tolist()))(memoryview(bytearray(1)).cast("B", [])))
attempt("scalar assign ellipsis", lambda: (lambda s: (s.__setitem__(..., 6), s.tolist()))(memoryview(bytearray(1)).cast("B", [])))
