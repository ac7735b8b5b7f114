# Condition.wait_for with a predicate and a timeout; notify_all wakes every waiter.
import threading

cond = threading.Condition()
state = {"ready": 0}
woken = []


def waiter(i):
    with cond:
        ok = cond.wait_for(lambda: state["ready"] >= 1, timeout=5)
        woken.append((i, ok))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
with cond:
    state["ready"] = 1
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken))
with cond:
    print(cond.wait_for(lambda: False, timeout=0.05))
