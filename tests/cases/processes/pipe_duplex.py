# Pipe() is duplex: the parent and the child both send and recv on their own end; objects of many
# types round-trip; poll() with and without timeout; send_bytes/recv_bytes.
from multiprocessing import Process, Pipe

def child(conn):
    while True:
        msg = conn.recv()
        if msg == "bye":
            conn.send("bye from child")
            break
        conn.send(("child got", msg))
    conn.send_bytes(b"raw bytes")
    conn.close()

if __name__ == '__main__':
    parent_end, child_end = Pipe()
    print("poll before anything:", parent_end.poll(), parent_end.poll(0.05))
    p = Process(target=child, args=(child_end,))
    p.start()
    for msg in [1, 2.5, "three", [4], (5, 6), {"seven": 7}, None, True, b"\x00\xff", {8, 9}]:
        parent_end.send(msg)
        print(parent_end.recv())
    parent_end.send("bye")
    print(parent_end.recv())
    print(parent_end.poll(5), parent_end.recv_bytes())
    p.join()
    print("exitcode", p.exitcode)
