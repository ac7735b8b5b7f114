# functools.lru_cache under threads: many threads hitting one cache keep consistent counts
import functools
import threading

lock = threading.Lock()
computed = []


@functools.lru_cache(maxsize=64)
def slow_square(n):
    with lock:
        computed.append(n)
    return n * n


def worker(start):
    total = 0
    for i in range(2000):
        total += slow_square((start + i) % 50)
    results.append(total)


results = []
threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = slow_square.cache_info()
print(info.hits + info.misses, info.currsize, info.maxsize)
print(sorted(set(computed)) == list(range(50)), len(results))
print(sorted(results) == sorted(sum(((k + i) % 50) ** 2 for i in range(2000)) for k in range(8)))
small = functools.lru_cache(maxsize=4)(lambda n: n)


def churn(k):
    for i in range(3000):
        small((i * 7 + k) % 9)


threads = [threading.Thread(target=churn, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
info = small.cache_info()
print(info.hits + info.misses, info.currsize)
