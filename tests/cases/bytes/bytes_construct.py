# bytes(): every source kind (size, str with encoding, __bytes__, __index__, buffers, iterables),
# CPython's errors, and the descriptor errors of methods called on the other byte type.

class Bb:
    def __bytes__(self): return b'BB'
class Bad:
    def __bytes__(self): return 'no'
class Idx:
    def __index__(self): return 2
for s in ["bytes()", "bytes(3)", "bytes(-1)", "bytes(2**70)", "bytes('a')", "bytes('a', 'ascii')", "bytes('é', 'latin-1')", "bytes(b'a', 'ascii')", "bytes(encoding='x')", "bytes(errors='x')",
          "bytes('a', errors='strict')", "bytes(b'a', errors='strict')", "bytes(Bb())", "bytes(Bad())", "bytes(Idx())", "bytes([Idx()])", "bytes([256])", "bytes(1.5)", "bytes(None)", "bytes(x=1)",
          "bytes(range(3))", "bytes(bytearray(b'q'))", "bytes(memoryview(b'abcd')[::2])", "bytes('a', 1)", "bytes('a', 'ascii', 1)", "bytes(iter([1]))", "bytes({1:2})", "bytes(1,2,3,4)",
          "b'abc'.upper(1)", "bytes.upper(bytearray(b'a'))", "bytearray.upper(b'a')", "bytes.upper()", "b'x'.decode(None)"]:
    try: r = repr(eval(s))
    except Exception as e: r = f"{type(e).__name__}: {e}"
    print(s, '->', r)
