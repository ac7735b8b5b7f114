# SimpleQueue between processes: put/get in FIFO order, empty(), and a reply queue; close().
from multiprocessing import Process, SimpleQueue

def echo(inq, outq):
    while True:
        item = inq.get()
        if item == "stop":
            break
        outq.put(("echo", item))

if __name__ == '__main__':
    inq, outq = SimpleQueue(), SimpleQueue()
    print("empty at first:", inq.empty(), outq.empty())
    p = Process(target=echo, args=(inq, outq))
    p.start()
    for item in [1, "two", (3,), {"four": 4}, None]:
        inq.put(item)
    inq.put("stop")
    print([outq.get() for _ in range(5)])
    p.join()
    print("empty at end:", outq.empty(), "exitcode", p.exitcode)
    outq.close()
    try:
        outq.get()
    except OSError as e:
        print(type(e).__name__, e)
