# repr of a thread through its life (the ident is masked: it differs between runs).
import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait, name="w")
print(repr(t))
t.start()
print(repr(t).replace(str(t.ident), "ID"))
ev.set()
t.join()
print(repr(t).replace(str(t.ident), "ID"))
d = threading.Thread(target=lambda: None, name="d", daemon=True)
print(repr(d))
