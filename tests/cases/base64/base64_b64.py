# base64: b64encode/b64decode with altchars and validate, standard_ and urlsafe_ variants
import base64
import binascii

data = bytes([0xfb, 0xff, 0x3e, 0x00, 0x41, 0x7f])
print(base64.b64encode(data), base64.b64encode(bytearray(data)), base64.b64encode(memoryview(data)))
print(base64.b64encode(data, altchars=b'-_'), base64.b64encode(data, b'*@'))
print(base64.b64decode(base64.b64encode(data)) == data)
print(base64.b64decode('+/8+AEF/'), base64.b64decode(b'-_8-AEF_', altchars=b'-_'))
print(base64.b64decode('-_8-AEF_', '-_'))
print(base64.b64decode(b'YW\nJj'), base64.b64decode(bytearray(b'YWJjZA==')))
print(base64.standard_b64encode(b'hi!'), base64.standard_b64decode('aGkh'))
print(base64.urlsafe_b64encode(data), base64.urlsafe_b64decode('-_8-AEF_'))
print(base64.urlsafe_b64decode(b'-_8-AEF_'), base64.urlsafe_b64decode(bytearray(b'YQ==')))
for args, kw in [((b'ab!d',), {}), ((b'ab!d',), {'validate': True}), ((b'YWJj\n',), {'validate': True}),
                 (('YWJj',), {'validate': True}), ((b'YQ=',), {}), ((b'YQ==YQ==',), {'validate': True})]:
    try:
        print(base64.b64decode(*args, **kw))
    except binascii.Error as e:
        print(type(e).__name__, e)
for f, arg in [(base64.b64decode, '\xe9'), (base64.b64decode, 5), (base64.b64encode, 'ab'),
               (base64.urlsafe_b64encode, 'x'), (base64.urlsafe_b64decode, 3.0)]:
    try:
        print(f(arg))
    except Exception as e:
        print(type(e).__name__, e)
try:
    base64.b64encode(b'ab', b'-')
except AssertionError as e:
    print('AssertionError', e)
print(base64.encodebytes(b'x' * 60))
print(base64.encodebytes(b''), base64.encodebytes(bytearray(b'abc')))
print(base64.decodebytes(b'eHh4\neHh4\n'))
for bad in ['x', 3]:
    try:
        base64.encodebytes(bad)
    except TypeError as e:
        print('TypeError', e)
print(sorted(base64.__all__))
