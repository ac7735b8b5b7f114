# hmac: compare_digest over bytes-likes and ASCII strs, and its TypeErrors
import hmac

for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), ('abc', 'abc'), ('abc', 'abd'), (b'a', b'ab'),
             (b'', b''), (bytearray(b'x'), memoryview(b'x')), (b'ab', bytearray(b'a'))]:
    print(type(a).__name__, type(b).__name__, hmac.compare_digest(a, b))
for a, b in [('abc', b'abc'), (b'abc', 'abc'), ('\xe9', '\xe9'), (1, 2), (None, b'x'), ([], [])]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print('TypeError', e)
