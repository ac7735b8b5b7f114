# The seed's Manager example without its sleeps: a Manager dict shared by 10 processes, each doing
# a read-modify-write under a multiprocessing Lock; after joining them the dict shows 0. str() of
# the proxy is the dict's repr; dict(proxy), keys, get, update, len, `in`, del work through it.
from multiprocessing import Process, Manager, Lock

def task(data, l):
    l.acquire()
    num = data["num"]
    data["num"] = num - 1
    data["seen"] = data.get("seen", 0) + 1
    l.release()

if __name__ == '__main__':
    with Manager() as m:
        data = m.dict({"num": 10})
        l = Lock()
        ps = [Process(target=task, args=(data, l)) for _ in range(10)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(data)
        print(sorted(dict(data).items()), len(data), "num" in data, "x" in data)
        data.update({"b": 2}, c=3)
        del data["seen"]
        print(sorted(data.keys()), data.get("missing", "default"), data["b"])
        try:
            data["missing"]
        except KeyError as e:
            print("KeyError", e)
