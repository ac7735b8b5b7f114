# repr of Event and Semaphore states, the address masked.
import threading
e = threading.Event()
def masked(obj):
    text = repr(obj)
    return text.replace(hex(id(obj)), "ADDR")
print(masked(e))
e.set()
print(masked(e))
print(masked(threading.Semaphore(3)))
print(masked(threading.BoundedSemaphore(2)))
print(masked(threading.Barrier(3)))
