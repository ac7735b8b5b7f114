# hmac: new/update/digest/hexdigest/copy/name, digestmod forms, hmac.digest, RFC 4231 vector
import hashlib
import hmac

m = hmac.new(b'key', b'msg', 'sha256')
print(m.hexdigest(), m.name, m.digest_size, m.block_size)
m2 = m.copy()
m2.update(b'more')
print(m.hexdigest()[:16], m2.hexdigest()[:16], hmac.new(b'key', b'msgmore', 'sha256').hexdigest()[:16])
print(hmac.new(b'k' * 100, b'x', hashlib.sha1).hexdigest(), hmac.new(b'k', digestmod=hashlib.md5).hexdigest())
print(hmac.new(b'\x0b' * 20, b'Hi There', 'sha512').hexdigest())
print(hmac.new(b'key', b'', digestmod='sha3_256').hexdigest(), hmac.new(b'key', digestmod='blake2b').name)
print(hmac.digest(b'key', b'msg', 'sha512').hex()[:32], hmac.digest(b'k' * 200, b'msg', hashlib.sha384).hex()[:32])
print(hmac.new(bytearray(b'k'), memoryview(b'm'), 'blake2s').hexdigest()[:20], len(hmac.new(b'k', b'm', 'md5').digest()))
print(hmac.digest_size)
for args, kw in [(('key',), {}), ((b'key',), {}), ((b'key', b'm'), {}), ((b'k',), {'digestmod': 'nope'})]:
    try:
        hmac.new(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    m.foo = 1
except AttributeError as e:
    print('AttributeError', e)
