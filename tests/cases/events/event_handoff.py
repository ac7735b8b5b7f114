# Two threads taking turns through a pair of Events: strict alternation.
import threading
ping, pong = threading.Event(), threading.Event()
log = []
def player(mine, other, tag):
    for i in range(100):
        mine.wait()
        mine.clear()
        log.append(tag)
        other.set()
a = threading.Thread(target=player, args=(ping, pong, "a"))
b = threading.Thread(target=player, args=(pong, ping, "b"))
a.start()
b.start()
ping.set()
a.join()
b.join()
print(len(log), "".join(log[:10]), all(log[i] != log[i + 1] for i in range(len(log) - 1)))
