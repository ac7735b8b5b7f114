# add_done_callback: called on completion; added after completion it runs at once, in the caller.
from concurrent.futures import ThreadPoolExecutor, Future
import threading
log = []
f = Future()
f.add_done_callback(lambda fut: log.append(("early", fut.result())))
f.set_result(5)
f.add_done_callback(lambda fut: log.append(("late", threading.current_thread().name)))
print(log)
with ThreadPoolExecutor(2) as ex:
    done = threading.Event()
    g = ex.submit(lambda: 10)
    g.result()
    g.add_done_callback(lambda fut: log.append(("after", fut.result() * 2)))
print(log[-1])
c = Future()
c.add_done_callback(lambda fut: log.append(("cancelled", fut.cancelled())))
print(c.cancel(), log[-1])
