# current_thread() in a thread _thread started gives a _DummyThread named Dummy-N.
import threading, _thread
done = threading.Event()
info = []
def raw():
    t = threading.current_thread()
    info.append((type(t).__name__, t.name, t.daemon, t.is_alive()))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(info)
print(threading.Thread(target=raw).name)
