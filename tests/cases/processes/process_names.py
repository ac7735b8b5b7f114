# Default names Process-1, Process-2, ... (counted per process, every Process object counts),
# name=, the name setter, current_process() inside the child, MainProcess in the parent, and a
# grandchild named after its parent's identity (Process-3:1).
from multiprocessing import Process, Queue, current_process

def report(q):
    q.put(current_process().name)

def spawn_grandchild(q):
    q.put(current_process().name)
    g = Process(target=report, args=(q,))
    q.put("grandchild object name: " + g.name)
    g.start()
    g.join()

if __name__ == '__main__':
    print(current_process().name)
    q = Queue()
    p1 = Process(target=report, args=(q,))
    p2 = Process(target=report, args=(q,), name="worker")
    print(p1.name, p2.name)
    p1.start(); p1.join()
    print("child 1 says:", q.get())
    p2.start(); p2.join()
    print("child 2 says:", q.get())
    p3 = Process(target=spawn_grandchild, args=(q,))
    p3.start(); p3.join()
    for _ in range(3):
        print("from Process-3 family:", q.get())
    p4 = Process(target=report, args=(q,))
    p4.name = "renamed"
    p4.start(); p4.join()
    print(p4.name, q.get())
    print(Process(target=report).name)
