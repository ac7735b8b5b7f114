# An exception escaping run() goes to threading.excepthook; other threads carry on.
import threading
reports = []
def hook(args):
    reports.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                    args.exc_traceback is not None))
threading.excepthook = hook
def bad(n):
    raise ValueError("bad value %d" % n)
def good():
    reports.append("good ran")
ts = [threading.Thread(target=bad, args=(1,), name="b1"), threading.Thread(target=good),
      threading.Thread(target=bad, args=(2,), name="b2")]
for t in ts:
    t.start()
    t.join()
for r in reports:
    print(r)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
