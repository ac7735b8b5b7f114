# Barrier: wait returns distinct indexes 0..n-1; the action runs once per round.
import threading
rounds = []
b = threading.Barrier(4, action=lambda: rounds.append("action"))
idx = []
lock = threading.Lock()
def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            idx.append(i)
ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), rounds, b.parties, b.n_waiting, b.broken)
