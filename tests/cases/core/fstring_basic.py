# f-strings: expressions, !r / !s / !a conversions, format specs, nested specs, braces, = debug.
name = "Ada"
n = 42
pi = 3.14159265
items = ["x", "y"]
print(f"hello {name}!")
print(f"{name!r} {name!s} {n!r} {items!r}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {12345.678:,.1f}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {255:08b}")
width, precision = 10, 3
print(f"[{pi:{width}.{precision}f}]")
print(f"[{name:*^{width}}]")
print(f"{{literal braces}} {{{n}}}")
print(f"{n * 2} {len(items)} {items[0]} {'nested' + 'quote'}")
print(f"{n if n > 10 else 0} {[i for i in range(3)]}")
print(f"{0.5:%} {0.125:.1%} {1e6:g} {1234567:_}")
print(f"{'left':<8}|{'right':>8}|")
print(f"{n=} {name=!s} {pi=:.1f}")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f'''triple {name}''', F"capital {n}", rf"raw\n{n}")
print(f"{-n:5d}|{-pi:+.1f}")
value = None
print(f"{value} {value!r} {True:d}")
