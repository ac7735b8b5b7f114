# format() and f-string specs for complex numbers: no type letter (like repr, parentheses when
# the real part shows), e/f/g/n types, precision, sign, alternate form, grouping, z, fill and
# alignment, and the errors for zero padding, "=" alignment and the unknown presentation types.
zs=[1+2j, 1j, -1j, complex(-0.0,-1), 1234567.891+0.5j, complex(1e20,3), complex(float('nan'),float('inf')), -0.0-0j, 0j, complex(0,-0.0), 1.5-2.25j, complex(-1e-7, 123456789), complex(1e16, 1e-5)]
specs=['', 'g', '.2f', '>30', '<30', '^30', '*^30.3e', '+', ' ', '+.1f', ',', '_.2f', '#', '#g', '.0f', 'e', 'E', 'G', 'F', 'n', '.3', '.0', 'z.1f', '10', '-.2g', '#.0e', ',.2f', 'z', '#.3', '_']
for z in zs:
    print(repr(z), str(z))
    for s in specs:
        try: print('  %r %r' % (s, format(z, s)))
        except Exception as e: print('  %r !! %s %s' % (s, type(e).__name__, e))
for s in ['010', '0>10', '=10', '%', 'd', 'x', 's', '.2%', ',x']:
    try: print('  %r %r' % (s, format(1+2j, s)))
    except Exception as e: print('  %r !! %s %s' % (s, type(e).__name__, e))
z = 3.14159 - 2.71828j
print(f"{z:.3f}|{z:>20.2e}|{z:<20g}|{z:^+20.1f}|{z!r:>12}|{z!s:*<20}")
width, prec = 24, 4
print(f"{z:{width}.{prec}g}|{z:,}|{12345.678+0.5j:_.1f}")
print("{:.2f} and {:e}".format(1 + 1j, 1j), "%s" % (2 - 2j))
