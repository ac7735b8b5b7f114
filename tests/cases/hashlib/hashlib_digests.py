# hashlib: every guaranteed fixed-size digest, its attributes, update/copy, accepted inputs
import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
for name in names:
    h = getattr(hashlib, name)(b'abc')
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    print(' ', h.hexdigest())
    print(' ', h.digest() == bytes.fromhex(h.hexdigest()), hashlib.new(name, b'abc').hexdigest() == h.hexdigest())
h = hashlib.sha256()
h.update(b'a')
c = h.copy()
h.update(b'bc')
print(h.hexdigest() == hashlib.sha256(b'abc').hexdigest(), c.hexdigest() == hashlib.sha256(b'a').hexdigest())
print(hashlib.md5(bytearray(b'xyz')).hexdigest(), hashlib.md5(memoryview(b'xyz')).hexdigest())
print(hashlib.md5(string=b'xyz').hexdigest(), hashlib.sha1(b'', usedforsecurity=False).hexdigest())
print(hashlib.new('SHA256', b'').hexdigest(), hashlib.new(name='md5').hexdigest())
for n in [0, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000, 5000]:
    data = bytes(i % 251 for i in range(n))
    print(n, hashlib.md5(data).hexdigest()[:8], hashlib.sha1(data).hexdigest()[:8],
          hashlib.sha512(data).hexdigest()[:8], hashlib.sha3_256(data).hexdigest()[:8])
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.md5.__name__, hashlib.sha3_512.__name__, hashlib.blake2b.__name__)
