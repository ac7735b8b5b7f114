# A barrier broken by timeout or abort raises BrokenBarrierError; reset repairs it.
import threading
b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("still broken", repr(e), isinstance(e, RuntimeError))
b.reset()
print(b.broken)
errs = []
def w():
    try:
        b.wait(5)
    except threading.BrokenBarrierError:
        errs.append("aborted")
t = threading.Thread(target=w)
t.start()
while b.n_waiting == 0:
    pass
b.abort()
t.join()
print(errs, b.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print(e)
