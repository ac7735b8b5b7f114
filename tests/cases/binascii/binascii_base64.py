# binascii: b2a_base64/a2b_base64 with newline and strict_mode, every padding error
import binascii

for data in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False))
    print(binascii.a2b_base64(enc) == data)
print(binascii.a2b_base64('YWJj'))
print(binascii.a2b_base64(bytearray(b'YW Jj\n')))
print(binascii.a2b_base64(memoryview(b'YWI=')))
cases = [b'=abc', b'ab=c', b'abcd=', b'abcd==', b'ab==cd', b'ab!cd==', b'ab=', b'abcde',
         b'abc', b'a', b'abcdefghi', b'ab=\n=', b'YQ==YQ==', b'', b'====']
for a in cases:
    for strict in (False, True):
        try:
            print(a, strict, binascii.a2b_base64(a, strict_mode=strict))
        except binascii.Error as e:
            print(a, strict, type(e).__name__, e)
for bad in ['\xe9', 3]:
    try:
        binascii.a2b_base64(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    binascii.b2a_base64('abc')
except TypeError as e:
    print('TypeError', e)
try:
    binascii.b2a_base64(b'a', b'b')
except TypeError as e:
    print('TypeError', e)
