# multiprocessing.Event across processes: wait(timeout) returns False while unset; a child's set()
# wakes the parent, the parent's set() wakes children; clear(); is_set() seen by both sides.
from multiprocessing import Process, Event, Queue

def waiter(ev, q, n):
    q.put((n, ev.wait(5), ev.is_set()))

def setter(ev):
    ev.set()

if __name__ == '__main__':
    ev = Event()
    print("unset:", ev.is_set(), ev.wait(0.05), ev.wait(0))
    q = Queue()
    ps = [Process(target=waiter, args=(ev, q, n)) for n in range(3)]
    for p in ps:
        p.start()
    ev.set()
    print(sorted(q.get() for _ in ps))
    for p in ps:
        p.join()
    ev.clear()
    print("cleared:", ev.is_set())
    s = Process(target=setter, args=(ev,))
    s.start()
    print("set by child:", ev.wait(5), ev.is_set())
    s.join()
    print("exitcodes", [p.exitcode for p in ps + [s]])
