# Immediates and leaf values come back equal, of the same type, floats bit for bit.
import math
from _serial_compat import rt

values = [None, True, False, 0, 1, -1, 255, -256, 2**31, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
          2**64, 10**100, -10**100, 3**200,
          0.0, 1.5, -2.25, 1e308, 5e-324, 0.1 + 0.2, float('inf'), float('-inf'),
          '', 'a', 'héllo', '多道技术', 'x' * 1000, '\x00\n\t',
          b'', b'\x00\xff', bytes(range(256))]
for v in values:
    r = rt(v)
    print(type(r).__name__, repr(r)[:60], r == v, type(r) is type(v))

z = rt(-0.0)
print(z, math.copysign(1.0, z))
n = rt(float('nan'))
print(n, math.isnan(n), n != n)
print(rt(True) is True, rt(None) is None, rt(False) is False)
big = rt(2**1000 + 7)
print(big % 1000, big.bit_length())
print(rt(7) + 1, rt(-2**62) * 4)
