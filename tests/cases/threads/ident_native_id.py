# ident and native_id: None before start, ints after, distinct across threads.
import threading
t = threading.Thread(target=lambda: None)
print(t.ident, t.native_id)
t.start()
t.join()
print(type(t.ident).__name__, type(t.native_id).__name__)
print(t.ident != threading.get_ident(), t.native_id != threading.get_native_id())
ids = []
def record():
    ids.append((threading.get_ident(), threading.current_thread().ident))
ts = [threading.Thread(target=record) for _ in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(all(a == b for a, b in ids), len(set(a for a, b in ids)) >= 1)
