# A thread pool of 8 runs 10 000 tasks.
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=8) as pool:
    futures = [pool.submit(pow, i, 2) for i in range(10000)]
    total = sum(f.result() for f in futures)
print(total)
