# Benchmark: two threads hand control back and forth 20 000 times through two Events.
# Measures the cost of a blocking wait and a wake-up: each hand-over releases and takes the GIL.
import threading

ROUNDS = 20000
ping = threading.Event()
pong = threading.Event()


def player():
    for _ in range(ROUNDS):
        ping.wait()
        ping.clear()
        pong.set()


t = threading.Thread(target=player)
t.start()
for _ in range(ROUNDS):
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print("pingpong rounds", ROUNDS)
