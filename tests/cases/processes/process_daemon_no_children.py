# A daemon process may not start children (AssertionError 'daemonic processes are not allowed to
# have children'); the daemon flag is inherited by a child's Process objects (it is the creating
# process's flag) and can be changed before start.
from multiprocessing import Process, Queue, current_process

def nothing():
    pass

def try_child(q):
    me = current_process()
    c = Process(target=nothing)
    q.put(("daemon?", me.daemon, "new child's daemon default:", c.daemon))
    try:
        c.start()
        c.join()
        q.put(("started child, exitcode", c.exitcode))
    except AssertionError as e:
        q.put(("AssertionError", str(e)))

if __name__ == '__main__':
    q = Queue()
    for daemon in [True, False]:
        p = Process(target=try_child, args=(q,), daemon=daemon)
        p.start()
        p.join()
        print(q.get())
        print(q.get())
        print("exitcode", p.exitcode)
