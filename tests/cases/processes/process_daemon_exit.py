# The seed's daemon example, fast: a daemon child still running when the parent's main code ends
# is terminated at the parent's exit, so its last print never happens; the parent exits 0.
import time
from multiprocessing import Process, Event

def task(started):
    print("entered the palace", flush=True)
    started.set()
    time.sleep(30)
    print("never printed", flush=True)

if __name__ == '__main__':
    print("crowned")
    started = Event()
    p = Process(target=task, args=(started,))
    print("daemon default:", p.daemon)
    p.daemon = True
    p.start()
    started.wait(5)
    print("story over", p.daemon, p.is_alive())
