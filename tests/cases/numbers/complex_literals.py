# Imaginary literals: every float literal form with j or J, constant folding of their negation,
# and what the resulting complex numbers look like.
print(1j, 2.5J, 1e3j, 0j, 0J, 1_000j, .5j, 5.j, 1e-3j, 0x10 if False else 3j)
print(type(1j).__name__, type(1j) is complex, isinstance(2j, complex))
print(-1j, -0j, -(0j), +1j, -2.5j)
print(1 + 2j, 1 - 2j, -1 - 2j, 3.5 + 0j, 0 + 0j, -0.0 + 1j)
print(1e300j * 10, 1e-320j, 123456789012345678j)
print(repr(10j), str(10j), repr(-10j))
values = [1j, 2j, 1j]
print(values, values[0] is values[2] or values[0] == values[2])
print((1j, 2j), {1j: "one"}, {0j})
# Literals in expressions and defaults.
def scale(z=2j, factor=-1j):
    return z * factor
print(scale(), scale(1), scale(factor=1j))
print(eval("3j"), eval("-3j"), eval("(1+1j)*2"))
print(1j.imag, 1j.real, (5j).conjugate(), 2j ** 2)
for text in ["1jj", "1j1", "0x1j", "1_j", "1e j"]:
    try:
        compile(text, "<case>", "eval")
        print(text, "compiles")
    except SyntaxError as e:
        print(text, "SyntaxError:", e.msg)
