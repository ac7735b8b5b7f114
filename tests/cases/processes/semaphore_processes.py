# multiprocessing.Semaphore across processes: at most 2 of 6 children inside at once (peak tracked
# in a shared Value); get_value(); non-blocking and timed acquire when exhausted; BoundedSemaphore
# released too often is ValueError, a plain Semaphore may go above its start value.
from multiprocessing import Process, Semaphore, BoundedSemaphore, Value, Event
import time

def use(sem, now, peak, go):
    go.wait()
    with sem:
        with now.get_lock():
            now.value += 1
            peak.value = max(peak.value, now.value)
        time.sleep(0.02)
        with now.get_lock():
            now.value -= 1

if __name__ == '__main__':
    sem = Semaphore(2)
    now, peak = Value('i', 0), Value('i', 0)
    go = Event()
    ps = [Process(target=use, args=(sem, now, peak, go)) for _ in range(6)]
    for p in ps:
        p.start()
    go.set()
    for p in ps:
        p.join()
    print("peak <= 2:", peak.value <= 2, "now:", now.value, "value:", sem.get_value())
    print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.05))
    sem.release(); sem.release(); sem.release()
    print("plain semaphore above start:", sem.get_value())
    b = BoundedSemaphore(1)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)
