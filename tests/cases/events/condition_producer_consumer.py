# Producer/consumer over a Condition with a bounded buffer.
import threading
buf = []
cond = threading.Condition()
consumed = []
def producer():
    for i in range(50):
        with cond:
            cond.wait_for(lambda: len(buf) < 5)
            buf.append(i)
            cond.notify_all()
def consumer():
    for _ in range(50):
        with cond:
            cond.wait_for(lambda: buf)
            consumed.append(buf.pop(0))
            cond.notify_all()
p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
print(consumed == list(range(50)), buf)
