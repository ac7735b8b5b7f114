# terminate() ends a running child with SIGTERM (exitcode -15), kill() with SIGKILL (-9); both
# only send the signal, join() waits for the end. terminate() after the child ended changes nothing.
import time
from multiprocessing import Process, Event

def wait_forever(started):
    started.set()
    while True:
        time.sleep(0.05)

def quick():
    pass

if __name__ == '__main__':
    for method in ["terminate", "kill"]:
        started = Event()
        p = Process(target=wait_forever, args=(started,))
        p.start()
        print(method, "started:", started.wait(5), p.is_alive(), p.exitcode)
        getattr(p, method)()
        p.join()
        print(method, "after join:", p.is_alive(), p.exitcode)
    p = Process(target=quick)
    p.start()
    p.join()
    p.terminate()
    p.join()
    print("terminate after end:", p.exitcode)
    # A child blocked in Event.wait() is terminated as well.
    never = Event()
    p = Process(target=never.wait)
    p.start()
    p.terminate()
    p.join(5)
    print("blocked child:", p.is_alive(), p.exitcode)
