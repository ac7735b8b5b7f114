# notify(n) wakes n waiters, notify_all the rest; waiters are counted, not ordered.
import sys
class _Sink:
    """Swallows CPython's DeprecationWarning for the old camelCase aliases."""
    def write(self, text):
        return len(text)
    def flush(self):
        pass
def quiet(call, *args):
    saved = sys.stderr
    sys.stderr = _Sink()
    try:
        return call(*args)
    finally:
        sys.stderr = saved
import threading
cond = threading.Condition()
woken = []
ready = threading.Semaphore(0)
def waiter(i):
    with cond:
        ready.release()
        cond.wait()
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for _ in range(5):
    ready.acquire()
with cond:
    print(len(cond._waiters))
    cond.notify(2)
while True:
    with cond:
        if len(woken) == 2:
            break
with cond:
    quiet(cond.notifyAll)
for t in ts:
    t.join()
print(sorted(woken))
