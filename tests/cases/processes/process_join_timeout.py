# join(timeout) returns None when the timeout passes and the child still runs; is_alive() and
# exitcode tell. join(0) polls. After the child ends join() returns at once, and again.
from multiprocessing import Process, Event

if __name__ == '__main__':
    release = Event()
    p = Process(target=release.wait)
    p.start()
    print(p.join(0.1), p.is_alive(), p.exitcode)
    print(p.join(0), p.is_alive(), p.exitcode)
    release.set()
    print(p.join(), p.is_alive(), p.exitcode)
    print(p.join(), p.join(0), p.exitcode)
    never = Event()
    q = Process(target=never.wait, args=(0.05,))
    q.start()
    q.join(5)
    print("child's own wait timed out:", q.is_alive(), q.exitcode)
