# base64: b32encode/b32decode (casefold, map01), b32hexencode/b32hexdecode, b16encode/b16decode
import base64
import binascii

for n in range(7):
    data = b'abcdef'[:n]
    enc = base64.b32encode(data)
    hexenc = base64.b32hexencode(data)
    print(data, enc, hexenc, base64.b32decode(enc) == data, base64.b32hexdecode(hexenc) == data)
print(base64.b32encode(bytearray(b'\xff\x00')), base64.b32encode(memoryview(b'z')))
print(base64.b32decode('MFRGG==='), base64.b32decode(b'mfrgg===', casefold=True))
print(base64.b32decode(b'ME======'), base64.b32decode(b'MFRA===='))
print(base64.b32decode(b'0O======', map01=b'L'), base64.b32decode(b'01======', map01='I'))
print(base64.b32hexdecode(b'c5h66===', casefold=True))
for s in [b'MFRGG', b'MFRGG==1', b'MFRGG=====', b'M=======', b'MFR=====', b'mfrgg===', b'========']:
    try:
        print(s, base64.b32decode(s))
    except binascii.Error as e:
        print(s, type(e).__name__, e)
print(base64.b16encode(b'\x00\xab\xff'), base64.b16encode(bytearray(b'hi')))
print(base64.b16decode('00ABFF'), base64.b16decode(b'00abff', casefold=True))
for s in [b'00abff', b'0', b'GG', '\xe9']:
    try:
        print(base64.b16decode(s))
    except Exception as e:
        print(type(e).__name__, e)
