# base64: a85encode/a85decode (foldspaces, wrapcol, pad, adobe, ignorechars), b85encode/b85decode
import base64

for data in [b'', b'\0', b'\0\0\0\0', b'hello', b'    ', b'abcdefgh', bytes(range(0, 256, 13))]:
    a = base64.a85encode(data)
    b = base64.b85encode(data)
    print(data, a, b, base64.a85decode(a) == data, base64.b85decode(b) == data)
print(base64.a85encode(b'    x', foldspaces=True), base64.a85encode(b'hi', pad=True))
print(base64.a85encode(b'hello world', adobe=True))
print(base64.a85encode(b'hello world, hello', wrapcol=7))
print(base64.a85encode(b'hello world', wrapcol=5, adobe=True))
print(base64.a85encode(b'ab', wrapcol=1, adobe=True))
print(base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85decode(b'BOu!r~>', adobe=True))
print(base64.a85decode(b'y+<', foldspaces=True), base64.a85decode('BOu !r\nD]'))
print(base64.a85decode(b'BOu\x00!r', ignorechars=b'\x00'))
print(base64.b85encode(b'hi', pad=True), base64.b85decode('Xk~0{Zv'))
for f, arg, kw in [(base64.a85decode, b'ab~', {}), (base64.a85decode, b'abz', {}),
                   (base64.a85decode, b'aby', {'foldspaces': True}), (base64.a85decode, b'abc', {'adobe': True}),
                   (base64.a85decode, b'uuuuu', {}), (base64.b85decode, b'|NsC1~', {}),
                   (base64.b85decode, b'~~~~~', {}), (base64.b85decode, b'ab"d', {}),
                   (base64.b85encode, 'x', {})]:
    try:
        print(f(arg, **kw))
    except Exception as e:
        print(type(e).__name__, e)
