# active_children() lists the started children that have not been joined yet (and reaps ended
# ones); parent_process() is None in the main process and the main process in a child;
# cpu_count() is a positive int.
from multiprocessing import (Process, Event, Queue, active_children, current_process,
                             parent_process, cpu_count)

def report(q):
    parent = parent_process()
    q.put((current_process().name, parent.name, [c.name for c in active_children()]))

if __name__ == '__main__':
    n = cpu_count()
    print(type(n).__name__, n >= 1)
    print("parent_process in main:", parent_process())
    print("before:", active_children())
    go = Event()
    ps = [Process(target=go.wait) for _ in range(3)]
    for p in ps:
        p.start()
    print("running:", sorted(c.name for c in active_children()))
    go.set()
    for p in ps:
        p.join()
    print("after join:", active_children())
    q = Queue()
    p = Process(target=report, args=(q,))
    p.start()
    print("child saw:", q.get())
    p.join()
    print("end:", [c.name for c in active_children()])
