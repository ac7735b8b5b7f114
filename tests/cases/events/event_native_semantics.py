# Event: a set() seen by a waiter even if clear() follows at once, zero and negative timeouts
# only read the flag, the timeout keyword, subclasses, a bad timeout type, and many hand-overs.
import threading
import time


class CountingEvent(threading.Event):
    def __init__(self):
        super().__init__()
        self.sets = 0

    def set(self):
        self.sets += 1
        super().set()


e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(-1), e.wait(timeout=0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(timeout=-5))
e.clear()
print(e.is_set())

blip = threading.Event()
results = []


def waiter():
    results.append(blip.wait(5))


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)
blip.set()
blip.clear()
t.join()
print("woken by a set that was cleared at once:", results, blip.is_set())

c = CountingEvent()
c.set()
c.set()
print(type(c).__name__, isinstance(c, threading.Event), c.sets, c.is_set())

try:
    e.wait("soon")
except TypeError as exc:
    print("TypeError:", exc)
try:
    e.wait(1, 2)
except TypeError as exc:
    print("TypeError:", type(exc).__name__)

ping, pong = threading.Event(), threading.Event()
rounds = []


def player():
    for i in range(200):
        ping.wait()
        ping.clear()
        rounds.append(i)
        pong.set()


p = threading.Thread(target=player)
p.start()
for _ in range(200):
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print(len(rounds), rounds[:3], rounds[-1])
