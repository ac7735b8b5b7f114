# A Manager list shared by several processes: appends from children (sorted, since their order
# depends on scheduling), a read-modify-write element update under a Lock, indexing, len, slices,
# and the list's str(); a nested plain list inside the proxy is a copy (mutating it is lost).
from multiprocessing import Process, Manager, Lock

def work(shared, lock, n):
    shared.append(n * n)
    with lock:
        shared[0] = shared[0] + n

if __name__ == '__main__':
    with Manager() as m:
        shared = m.list([0])
        lock = Lock()
        ps = [Process(target=work, args=(shared, lock, n)) for n in range(1, 6)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("sum in slot 0:", shared[0], "len:", len(shared))
        print("squares:", sorted(shared[1:]))
        shared.sort()
        print(shared)
        nested = m.list([[1, 2]])
        nested[0].append(3)
        print("nested copy:", nested[0])
        inner = nested[0]
        inner.append(3)
        nested[0] = inner
        print("after reassign:", nested[0])
        print(list(m.list("abc")), [p.exitcode for p in ps])
