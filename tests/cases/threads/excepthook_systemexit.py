# SystemExit inside a thread ends it quietly; the hook gets it but prints nothing by default.
import threading, sys
def leave():
    sys.exit(3)
t = threading.Thread(target=leave)
t.start()
t.join()
print("main goes on", t.is_alive())
seen = []
threading.excepthook = lambda args: seen.append(args.exc_type.__name__)
t = threading.Thread(target=leave)
t.start()
t.join()
print(seen)
