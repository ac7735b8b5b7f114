# test: stderr
# The default report, called directly for an exception that has no traceback frames.
import threading
me = threading.current_thread()
threading.excepthook(threading.ExceptHookArgs((KeyError, KeyError("k"), None, me)))
print("after")
raise SystemExit(0)
