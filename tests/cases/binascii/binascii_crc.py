# binascii: crc32 (with a start value, negative and big starts) and crc_hqx
import binascii

print(binascii.crc32(b''), binascii.crc32(b'abc'), binascii.crc32(b'abc', 5))
print(binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
print(binascii.crc32(b'abc', -1), binascii.crc32(b'abc', 2**40 + 7))
c = binascii.crc32(b'hello ')
print(binascii.crc32(b'world', c) == binascii.crc32(b'hello world'))
print(binascii.crc32(bytearray(b'xyz')), binascii.crc32(memoryview(b'xyz')))
print(binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'abc', 0), binascii.crc_hqx(b'abc', 0xffff))
print(binascii.crc_hqx(b'123456789', 0), binascii.crc_hqx(b'a', 0x12345))
print(binascii.crc_hqx(b'abc', True))
for args in [('abc',), (b'abc', 1.5), (b'abc', 1, 2)]:
    try:
        print(binascii.crc32(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    binascii.crc_hqx(b'abc')
except TypeError as e:
    print('TypeError', e)
