# hashlib: blake2b/blake2s with digest_size, key, salt, person and the tree parameters; errors
import hashlib

print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE,
      hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE,
      hashlib.blake2s.MAX_DIGEST_SIZE)
print(hashlib.blake2b(b'x', digest_size=16, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'x', digest_size=16, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2b(b'x' * 300, key=b'k' * 64, salt=b's' * 16, person=b'p' * 16).hexdigest())
print(hashlib.blake2s(b'y' * 129, key=b'k' * 32, salt=b's' * 8, person=b'p' * 8).hexdigest())
print(hashlib.blake2b(b'a', fanout=0, depth=255, leaf_size=5, node_offset=7, node_depth=3,
                      inner_size=16, last_node=True).hexdigest())
print(hashlib.blake2s(b'a', fanout=0, depth=255, leaf_size=5, node_offset=7, node_depth=3,
                      inner_size=16, last_node=True, key=b'kk', digest_size=20).hexdigest())
print(hashlib.blake2s(node_offset=2**48 - 1).hexdigest()[:16])
print(hashlib.new('blake2b', b'a', digest_size=8).hexdigest())
for n in [0, 1, 63, 64, 65, 127, 128, 129, 256, 1000]:
    print(n, hashlib.blake2b(b'q' * n).hexdigest()[:16], hashlib.blake2s(b'q' * n).hexdigest()[:16],
          hashlib.blake2b(b'q' * n, key=b'K').hexdigest()[:16])
b = hashlib.blake2b(b'x', digest_size=10)
print(b.name, b.digest_size, b.block_size, len(b.digest()), b.copy().hexdigest() == b.hexdigest())
for kw in [dict(fanout=256), dict(depth=0), dict(leaf_size=2**32), dict(leaf_size=-1),
           dict(node_offset=2**64), dict(node_offset=-1), dict(node_depth=256), dict(inner_size=65),
           dict(digest_size=2.0), dict(key='x'), dict(digest_size=65), dict(digest_size=0),
           dict(key=b'x' * 65), dict(salt=b'x' * 17), dict(person=b'x' * 17), dict(foo=1)]:
    try:
        print(kw, hashlib.blake2b(b'a', **kw).hexdigest()[:16])
    except Exception as e:
        print(kw, type(e).__name__, e)
for kw in [dict(node_offset=2**48), dict(inner_size=33), dict(digest_size=33), dict(salt=b'x' * 9)]:
    try:
        print(kw, hashlib.blake2s(b'a', **kw).hexdigest()[:16])
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    hashlib.blake2b(b'a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    class Mine(hashlib.blake2s):
        pass
except TypeError as e:
    print('TypeError', e)
