# submit after shutdown; bad max_workers; the default max_workers.
from concurrent.futures import ThreadPoolExecutor
import os
ex = ThreadPoolExecutor(2)
print(ex.submit(abs, -3).result())
ex.shutdown()
try:
    ex.submit(abs, 1)
except RuntimeError as e:
    print(e)
ex.shutdown()
for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print(e)
d = ThreadPoolExecutor()
print(d._max_workers == min(32, (os.cpu_count() or 1) + 4))
d.shutdown()
