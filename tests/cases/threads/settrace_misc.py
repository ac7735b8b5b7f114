# Module-level odds and ends: TIMEOUT_MAX, settrace/setprofile accepted, ThreadError.
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
import threading, _thread
print(threading.TIMEOUT_MAX > 1e6, threading.ThreadError is _thread.error)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(threading.get_ident() == _thread.get_ident())
print(isinstance(threading.get_native_id(), int))
print(threading.current_thread().name == quiet(threading.currentThread).name)
