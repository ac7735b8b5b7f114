# The AssertionErrors of Process misuse: join before start, start twice, setting daemon after
# start, a group argument; the ValueErrors of close() on a running and a closed process.
from multiprocessing import Process, Event

def show(what, fn):
    try:
        fn()
        print(what, "-> no error")
    except (AssertionError, ValueError) as e:
        print(what, "->", type(e).__name__, e)

def set_daemon(p):
    p.daemon = True

if __name__ == '__main__':
    go = Event()
    p = Process(target=go.wait)
    show("join before start", p.join)
    p.start()
    show("start twice", p.start)
    show("daemon after start", lambda: set_daemon(p))
    show("close while running", p.close)
    go.set()
    p.join()
    show("start after join", p.start)
    show("join again", p.join)
    show("close after join", p.close)
    show("pid after close", lambda: p.pid)
    show("is_alive after close", p.is_alive)
    show("close twice", p.close)
    show("group argument", lambda: Process(group=1))
