# wait with ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION and a timeout.
from concurrent.futures import (ThreadPoolExecutor, wait, Future, ALL_COMPLETED,
                                FIRST_COMPLETED, FIRST_EXCEPTION)
import threading
gate = threading.Event()
with ThreadPoolExecutor(3) as ex:
    fast = ex.submit(lambda: "fast")
    slow = ex.submit(gate.wait)
    done, not_done = wait([fast, slow], return_when=FIRST_COMPLETED)
    print(fast in done, slow in not_done, len(done), len(not_done))
    r = wait([slow], timeout=0.02)
    print(len(r.done), len(r.not_done))
    bad = ex.submit(lambda: 1 // 0)
    res = wait([bad, slow], return_when=FIRST_EXCEPTION)
    print(bad in res.done, slow in res.not_done)
    gate.set()
    done, not_done = wait([fast, slow, bad], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
