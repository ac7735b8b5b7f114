# The RuntimeErrors of start, join and daemon.
import threading
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon after start:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join self:", e)
def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        out.append(str(e))
out = []
t = threading.Thread(target=join_self)
t.start()
t.join()
print(out)
