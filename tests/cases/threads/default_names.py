# Default thread names as CPython 3.11 gives them: "Thread-N (target)" or "Thread-N".
import sys
class _Sink:
    """Swallows CPython's DeprecationWarning for the old camelCase aliases."""
    def write(self, text):
        return len(text)
    def flush(self):
        pass
def quiet(call, *args):
    saved = sys.stderr
    sys.stderr = _Sink()
    try:
        return call(*args)
    finally:
        sys.stderr = saved
import threading
def task():
    pass
class Callable:
    def __call__(self):
        pass
t1 = threading.Thread(target=task)
t2 = threading.Thread()
t3 = threading.Thread(target=task, name="worker")
t4 = threading.Thread(target=Callable())
t5 = threading.Thread(target=lambda: None)
for t in (t1, t2, t3, t4, t5):
    print(t.name)
t3.name = 42
print(repr(t3.name), quiet(t3.getName))
quiet(t3.setName, "renamed")
print(t3.name)
