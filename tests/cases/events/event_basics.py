# Event: set, clear, is_set/isSet, wait returning the flag.
import threading
e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set(), e.wait(timeout=0.01))
