# Subclassing Process and overriding run(): default names use the subclass name (Worker-1), a name
# set in __init__ after super().__init__() is the child's current_process().name, and attributes
# set in __init__ are copied into the child.
from multiprocessing import Process, Queue, current_process

class Worker(Process):
    def __init__(self, q, n, name=None):
        super().__init__()
        if name is not None:
            self.name = name
        self.q = q
        self.n = n

    def run(self):
        self.q.put((current_process().name, self.name, self.n * self.n))

class Printer(Process):
    def run(self):
        print("Printer.run in", self.name, flush=True)

if __name__ == '__main__':
    q = Queue()
    a = Worker(q, 3)
    b = Worker(q, 4, name="rose")
    print(a.name, b.name)
    a.start(); a.join()
    print(q.get())
    b.start(); b.join()
    print(q.get())
    p = Printer()
    p.start()
    p.join()
    print(p.name, p.exitcode)
    print(isinstance(p, Process))
