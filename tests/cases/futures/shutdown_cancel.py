# shutdown(cancel_futures=True) cancels what has not started; shutdown(wait=False) returns.
from concurrent.futures import ThreadPoolExecutor
import threading
gate = threading.Event()
started = threading.Event()
ex = ThreadPoolExecutor(1)
def first():
    started.set()
    gate.wait()
    return "first"
a = ex.submit(first)
rest = [ex.submit(abs, -i) for i in range(5)]
started.wait()
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(a.result(), [f.cancelled() for f in rest].count(True) + [f.done() for f in rest].count(True) >= 5)
print(all(f.done() for f in rest))
ex2 = ThreadPoolExecutor(2)
f = ex2.submit(sum, [1, 2, 3])
ex2.shutdown(wait=False)
print(f.result())
