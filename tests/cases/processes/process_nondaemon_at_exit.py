# A non-daemon child still running when the parent's main code ends is joined at the parent's
# exit: its output comes after everything the parent printed, and the parent exits 0. Ordering
# is forced: the child waits for an Event the parent sets as its last action.
from multiprocessing import Process, Event

def task(go):
    go.wait()
    print("child: finished after the parent's last line", flush=True)

if __name__ == '__main__':
    go = Event()
    p = Process(target=task, args=(go,))
    p.start()
    print("parent: main code ends now", flush=True)
    go.set()
