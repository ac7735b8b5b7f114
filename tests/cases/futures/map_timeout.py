# map with a timeout shorter than a task raises TimeoutError from the iterator.
from concurrent.futures import ThreadPoolExecutor
import threading
gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    it = ex.map(lambda x: gate.wait() and x, [1, 2], timeout=0.02)
    try:
        next(it)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    gate.set()
it2 = ThreadPoolExecutor(1)
r = it2.map(lambda x: x + 1, [1, 2], timeout=5)
print(list(r))
it2.shutdown()
