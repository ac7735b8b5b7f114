# Queue(maxsize) limits: put_nowait / put(block=False) / put(timeout) on a full queue raise
# queue.Full, get_nowait / get(timeout) on an empty one raise queue.Empty (the seed's example);
# a getter blocked in a child is woken by a put in the parent; qsize() and full().
import queue
from multiprocessing import Process, Queue

def getter(q, out):
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        out.put("child: Empty after timeout")
    out.put("child got " + q.get())

if __name__ == '__main__':
    q = Queue(2)
    q.put("a")
    q.put("b")
    print("qsize", q.qsize(), "full", q.full())
    for name, call in [("put_nowait", lambda: q.put_nowait("c")),
                       ("put block=False", lambda: q.put("c", block=False)),
                       ("put timeout", lambda: q.put("c", timeout=0.05))]:
        try:
            call()
        except queue.Full as e:
            print(name, "->", type(e).__name__, repr(str(e)))
    print(q.get(), q.get())
    for name, call in [("get_nowait", q.get_nowait),
                       ("get block=False", lambda: q.get(False)),
                       ("get timeout", lambda: q.get(block=True, timeout=0.05))]:
        try:
            call()
        except queue.Empty as e:
            print(name, "->", type(e).__name__, repr(str(e)))
    out = Queue()
    p = Process(target=getter, args=(q, out))
    p.start()
    print(out.get())
    q.put("late item")
    print(out.get())
    p.join()
    print("exitcode", p.exitcode)
