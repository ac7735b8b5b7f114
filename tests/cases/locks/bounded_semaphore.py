# BoundedSemaphore refuses to be released past its initial value.
import threading
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print(e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print(e)
b.release(2)
print(b.acquire(False), isinstance(b, threading.Semaphore))
