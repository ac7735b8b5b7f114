# repr and str of complex numbers: the real part left out when it is +0, parentheses otherwise,
# parts in the shortest repr digits without a forced ".0", signed zeros, nan and inf.
nan = float("nan")
inf = float("inf")
cases = [
    complex(1, 2), complex(0, 1), complex(-0.0, -1), complex(0.0, -0.0), complex(-0.0, 0.0),
    complex(-0.0, -0.0), complex(nan, inf), complex(inf, nan), complex(-inf, -inf),
    complex(1e20, 3), complex(1e16, 1e-5), complex(1e15, 1e-4), complex(0.1, 0.2),
    complex(1.5, -2.25), complex(-1e-7, 123456789), complex(0.1 + 0.2, 1 / 3),
    complex(5e-324, -5e-324), complex(1.7976931348623157e308, 2.2250738585072014e-308),
    complex(12345678901234567890, 0), complex(0, nan), complex(0, -inf), complex(2, -nan),
    complex(100, 100), complex(1e22, -1e22),
]
for z in cases:
    print(repr(z), str(z), "%s" % (z,), "%r" % (z,), f"{z}", f"{z!r}")
print([complex(1, 1), complex(0, 0)], (complex(-1, 0),))
print(str(complex(3, 4)) == repr(complex(3, 4)))
