# hashlib: pbkdf2_hmac (RFC 6070 vectors, dklen, every hash) and its errors; file_digest
import hashlib
import io

print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, b'salt', 3, dklen=100).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'pw'), memoryview(b's'), 2, None).hex())
print(hashlib.pbkdf2_hmac('sha3_256', b'pw', b'', 2).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha224', password=b'a', salt=b'b', iterations=1, dklen=4).hex())
for a in [('sha256', b'pw', b'salt', 0), ('foo', b'pw', b'salt', 1), ('sha256', 'pw', b'salt', 1),
          ('sha256', b'pw', b'salt', 1, 0), ('sha256', b'pw', b'salt', 2**40),
          ('sha256', b'pw', b'salt', 1.0), ('sha256', b'pw', b'salt')]:
    try:
        print(hashlib.pbkdf2_hmac(*a))
    except Exception as e:
        print(type(e).__name__, e)
f = io.BytesIO(b'hello world' * 1000)
print(hashlib.file_digest(f, 'sha256').hexdigest() == hashlib.sha256(b'hello world' * 1000).hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
with open('_pbkdf2_tmp.bin', 'wb') as out:
    out.write(bytes(range(256)) * 50)
with open('_pbkdf2_tmp.bin', 'rb') as f:
    print(hashlib.file_digest(f, 'sha1').hexdigest())
import os
os.remove('_pbkdf2_tmp.bin')
