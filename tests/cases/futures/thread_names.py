# Worker threads are named <prefix>_<n>, created on demand and reused.
from concurrent.futures import ThreadPoolExecutor
import threading
def name():
    return threading.current_thread().name
ex = ThreadPoolExecutor(max_workers=2)
print(ex.submit(name).result())
print(ex.submit(name).result())
ex.shutdown()
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex2:
    gate = threading.Barrier(3)
    fs = [ex2.submit(lambda: (gate.wait(), name())[1]) for _ in range(3)]
    print(sorted(f.result() for f in fs))
with ThreadPoolExecutor(1) as ex3:
    print(ex3.submit(name).result())
