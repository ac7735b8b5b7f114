# multiprocessing.Condition across processes: children wait_for() a shared Value to reach their
# number; the parent bumps it and notify_all()s; wait(timeout) without a notify returns False;
# notify() without holding the lock is an AssertionError.
from multiprocessing import Process, Condition, Value, Queue

def wait_for_level(cond, level, want, q):
    with cond:
        ok = cond.wait_for(lambda: level.value >= want, timeout=5)
        q.put((want, ok, level.value >= want))

if __name__ == '__main__':
    cond = Condition()
    level = Value('i', 0, lock=False)
    q = Queue()
    with cond:
        print("wait without notify:", cond.wait(0.05))
    ps = [Process(target=wait_for_level, args=(cond, level, n, q)) for n in (1, 2, 3)]
    for p in ps:
        p.start()
    for step in range(3):
        with cond:
            level.value += 1
            cond.notify_all()
    print(sorted(q.get() for _ in ps))
    for p in ps:
        p.join()
    try:
        cond.notify()
    except AssertionError as e:
        print(type(e).__name__, repr(str(e)))
    print("exitcodes", [p.exitcode for p in ps])
