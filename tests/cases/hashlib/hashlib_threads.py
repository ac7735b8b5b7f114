# hashlib: big updates release the GIL; threads sharing one hash object stay consistent
import hashlib
import threading

chunk = bytes(range(256)) * 40          # 10240 bytes: over the 2047-byte threshold
shared = hashlib.sha256()
mine = {}

def work(n):
    own = hashlib.blake2b()
    for _ in range(20):
        shared.update(chunk)            # every thread adds the same bytes: order does not matter
        own.update(chunk)
        shared.update(b'')              # a small update takes the lock while holding the GIL
    mine[n] = own.hexdigest()

threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.hexdigest() == hashlib.sha256(chunk * 80).hexdigest())
print(len(set(mine.values())), mine[0] == hashlib.blake2b(chunk * 20).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'x', b'y', 5000).hex()[:16])
