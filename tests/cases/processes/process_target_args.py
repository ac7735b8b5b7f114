# Process(target, args, kwargs): the child runs the target with them; pid, is_alive and exitcode
# before start, while running and after join, as the parent sees them.
import os
from multiprocessing import Process, Queue, Event

def task(q, go, a, b, sep="-", end="!"):
    go.wait()
    q.put(sep.join([a, b]) + end)

def no_args():
    print("no args: ran in the child", flush=True)

if __name__ == '__main__':
    q = Queue()
    go = Event()
    p = Process(target=task, args=(q, go, "x", "y"), kwargs={"end": "?"})
    print("before start:", p.pid is None, p.is_alive(), p.exitcode)
    p.start()
    print("running:", isinstance(p.pid, int), p.pid != os.getpid(), p.is_alive(), p.exitcode)
    go.set()
    print("child sent:", q.get())
    p.join()
    print("after join:", p.is_alive(), p.exitcode)
    p2 = Process(target=no_args)
    p2.start()
    p2.join()
    print("exitcode:", p2.exitcode)
    p3 = Process(target=task, args=(q, go, "a", "b", "+"))
    p3.start()
    p3.join()
    print(q.get(), p3.exitcode)
    p4 = Process()
    p4.start()
    p4.join()
    print("no target:", p4.exitcode)
