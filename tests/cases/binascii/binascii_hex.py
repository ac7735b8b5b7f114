# binascii: hexlify/unhexlify and b2a_hex/a2b_hex, separators, str input, errors
import binascii

print(binascii.hexlify(b'\x00\x01\xfe\xff'))
print(binascii.b2a_hex(bytearray(b'abc')))
print(binascii.hexlify(memoryview(b'xyz')))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-', 2))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', -2))
print(binascii.hexlify(b'\x01\x02\x03', ' '))
print(binascii.hexlify(b'abc', ' ', 0))
print(binascii.hexlify(b'', '-'))
print(binascii.unhexlify(b'00ff10'))
print(binascii.unhexlify('DEADbeef'))
print(binascii.a2b_hex(bytearray(b'4142')))
print(binascii.unhexlify(memoryview(b'')))
for args in [(b'ab', '--'), (b'ab', 1), (b'ab', b'')]:
    try:
        print(binascii.hexlify(*args))
    except Exception as e:
        print(type(e).__name__, e)
for a in ['abc', 'zz', '\xe91', 5, b'a b', None]:
    try:
        print(binascii.unhexlify(a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    binascii.hexlify('ab')
except TypeError as e:
    print('TypeError', e)
try:
    binascii.unhexlify(b'0g')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__name__)
