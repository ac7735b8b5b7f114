# daemon defaults to the creating thread's; explicit values and setDaemon/isDaemon.
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
t = threading.Thread(target=lambda: None)
print(t.daemon, quiet(t.isDaemon))
t.daemon = True
print(t.daemon)
quiet(t.setDaemon, False)
print(quiet(t.isDaemon))
inner = []
def make_child():
    child = threading.Thread(target=lambda: None)
    inner.append(child.daemon)
d = threading.Thread(target=make_child, daemon=True)
d.start()
d.join()
n = threading.Thread(target=make_child, daemon=False)
n.start()
n.join()
print(inner)
