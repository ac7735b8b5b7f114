# Value(...) comes with a lock: get_lock() serialises read-modify-write across four children so no
# increment is lost; the Value itself works as a context manager (it is the same lock); with
# lock=False there is no get_lock; the default lock is reentrant (an RLock); a Value made with a
# given Lock returns it from get_lock().
from multiprocessing import Process, Value, Lock

def add(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1

def add_with(v, n):
    for _ in range(n):
        with v:
            v.value += 2

if __name__ == '__main__':
    v = Value('i', 0)
    ps = [Process(target=add, args=(v, 300)) for _ in range(4)]
    ps += [Process(target=add_with, args=(v, 100)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("value", v.value)
    raw = Value('i', 1, lock=False)
    print("lock=False has get_lock:", hasattr(raw, 'get_lock'), raw.value)
    with v.get_lock():
        again = v.get_lock().acquire(False)
        print("default lock re-acquired by its owner:", again)
        v.get_lock().release()
    mine = Lock()
    w = Value('d', 0.5, lock=mine)
    print("given lock returned:", w.get_lock() is mine)
    with w.get_lock():
        print("parent holds it; acquire(False):", w.get_lock().acquire(False))
