# Pipe(duplex=False) returns (reader, writer): sending on the reader / receiving on the writer is
# an OSError. Once every copy of the writer is closed (the parent closes its own after starting the
# child, the child's closes when it exits), recv() returns what is left then raises EOFError.
# Using a closed connection raises OSError('handle is closed').
from multiprocessing import Process, Pipe

def writer_child(w, n):
    for i in range(n):
        w.send(i * i)
    w.close()

if __name__ == '__main__':
    r, w = Pipe(duplex=False)
    for name, call in [("send on reader", lambda: r.send(1)),
                       ("recv on writer", w.recv)]:
        try:
            call()
        except OSError as e:
            print(name, "->", type(e).__name__, e)
    p = Process(target=writer_child, args=(w, 4))
    p.start()
    w.close()
    got = []
    try:
        while True:
            got.append(r.recv())
    except EOFError as e:
        print("EOFError", repr(str(e)), "after", got)
    p.join()
    print("closed?", r.closed, w.closed)
    r.close()
    try:
        r.recv()
    except OSError as e:
        print(type(e).__name__, e)
    a, b = Pipe()
    b.close()
    try:
        a.recv()
    except EOFError:
        print("duplex: EOFError once the other end is closed")
