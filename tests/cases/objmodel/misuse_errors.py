# Misused class creation, descriptors, frames, buffers and hooks raise CPython's exception types.
import sys
tests = [
 "sys._getframe('a')", "sys._getframe(-5).f_code.co_name", "sys.settrace(1); (lambda: 0)()",
 "type('X', (1,), {})", "type('X', (), [])", "type(1, (), {})", "type.__new__(int, 'X', (), {})",
 "type.__new__(1)", "type.__call__(1)", "class M(type): pass\nM()",
 "class A: __slots__ = 5", "class A: __slots__ = ('__dict__', '__dict__')\nA().x = 1",
 "memoryview(b'ab').cast('Z')", "bytearray(-1)", "bytearray(2**62)", "(1).to_bytes(2**62, 'big')",
 "complex('1+')", "complex(1j, 1j) ** 10000", "list[int][0]", "isinstance(1, list[int])",
 "f = (lambda: 0); f.__defaults__ = 5", "f = (lambda: 0); f.__dict__ = 1", "(lambda: 0).__closure__[0]",
 "class B: pass\nB.__init_subclass__(x=1)", "super(int, 'a')", "super(1, 2)",
 "import sys\ndef t(f, e, a): raise ValueError('hook')\nsys.settrace(t)\ndef g(): pass\ng()",
 "class Meta(type):\n  def __prepare__(*a, **k): return 5\nclass C(metaclass=Meta): pass",
]
for src in tests:
    try:
        exec(src, {"sys": sys})
        print("ok", src.splitlines()[0][:30])
    except BaseException as e:
        print(type(e).__name__, src.splitlines()[0][:30])
    sys.settrace(None)
