# hashlib: shake_128/shake_256 (digest(length)), new() by name, errors of the constructors
import hashlib

for name in ['shake_128', 'shake_256']:
    s = getattr(hashlib, name)(b'abc')
    print(name, s.name, s.digest_size, s.block_size, type(s).__name__)
    print(' ', s.hexdigest(10), s.digest(5).hex(), len(s.digest(300)))
    print(' ', s.digest(length=3), s.copy().hexdigest(4) == s.hexdigest(4))
print(hashlib.shake_128().digest(0), hashlib.new('shake_256', b'x').hexdigest(4))
for f in (hashlib.shake_128().digest, hashlib.shake_128().hexdigest):
    for a in [(), ('a',), (-1,), (2**63,)]:
        try:
            print(f(*a))
        except BaseException as e:
            print(type(e).__name__, e)
for name in ['foo', 'md4', '']:
    try:
        hashlib.new(name)
    except ValueError as e:
        print('ValueError', e)
for bad in ['abc', 5, [1]]:
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        hashlib.sha256().update(bad)
    except TypeError as e:
        print('TypeError', e)
for call in [lambda: hashlib.sha1(b'a', b'b'), lambda: hashlib.sha1().update(),
             lambda: hashlib.sha1().digest(1), lambda: hashlib.md5(data=b'x'),
             lambda: hashlib.sha1().update(b'a', b'b')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
