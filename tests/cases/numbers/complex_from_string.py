# complex(text): <float>, <float>j, <float><signed float>j and the old forms <float><sign>j,
# <sign>j and j; parentheses as repr writes them; whitespace around (not inside); underscores
# between digits; nan and inf; and "complex() arg is a malformed string" for everything else.
good = [
    "1+2j", " (3-4j) ", "1e3j", "j", "-j", "+J", "2-j", "2+J", "5", "-5.5", "(1)", "( 2j )",
    "1_0+2_0j", "1e-3-1e3j", ".5+.5j", "5.-5.j", "nan+nanj", "inf-infj", "-infj", "Infinity",
    "(nan)", "1E+2J", "\t1+1j\n", "  -0-0j  ", "0j", "-0", "1.5e300+1.5e-300j", "1e999j",
    "\u0661+\u0662j", "\u00a01+1j\u2003",
]
for text in good:
    z = complex(text)
    print(repr(text), "->", z, z.real, z.imag)
bad = [
    "", " ", "1+", "1 + 2j", "(1+2j", "1+2j)", "jj", "1_+2j", "()", "1e", "1+2", "1+2i",
    "(1+2j))", "((1+2j))", "1j+2", "+-1j", "1__0j", "_1j", "1j_", "nanj+", "in", "0x1j",
    "1+2j ?", "(", ")", "j1", "1e5.5j", "1.2.3j", "\u00bd",
]
for text in bad:
    try:
        complex(text)
        print(repr(text), "parsed")
    except ValueError as e:
        print(repr(text), "ValueError:", e)
class Text(str):
    pass
print(complex(Text("7-7j")))
