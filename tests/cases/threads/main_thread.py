# The main thread: its name, identity, and what enumerate/active_count report.
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
main = threading.main_thread()
print(main.name, main is threading.current_thread(), type(main).__name__)
print(main.daemon, main.is_alive(), main.ident == threading.get_ident())
print(threading.active_count(), quiet(threading.activeCount), len(threading.enumerate()))
print(threading.enumerate()[0] is main)
seen = []
def inside():
    seen.append(threading.main_thread() is main)
    seen.append(threading.current_thread() is main)
    seen.append(threading.active_count())
t = threading.Thread(target=inside)
t.start()
t.join()
print(seen, threading.active_count())
