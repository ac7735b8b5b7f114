# Semaphore: counting, non-blocking and timed acquire, at most N holders at once.
import threading
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
s.release(1)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(e)
try:
    s.release(0)
except ValueError as e:
    print(e)
slots = threading.Semaphore(3)
lock = threading.Lock()
state = {"now": 0, "peak": 0}
gate = threading.Barrier(6)
def use():
    gate.wait()
    with slots:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        with lock:
            state["now"] -= 1
ts = [threading.Thread(target=use) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(state["peak"] <= 3, state["now"])
