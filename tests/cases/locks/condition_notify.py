# Condition: a consumer waits until a producer notifies; wait_for with a predicate.
import threading
cond = threading.Condition()
items = []
got = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        got.extend(items)
t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print(got)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01), cond.wait_for(lambda: 5))
