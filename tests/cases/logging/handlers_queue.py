# logging.handlers: QueueHandler prepares records (message merged, args and exc_info dropped) and
# QueueListener hands them to its handlers on its own thread, respecting levels if asked.
import io
import logging
import logging.handlers
import queue

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log = logging.getLogger("queued")
log.addHandler(qh)
log.propagate = False
log.setLevel(logging.DEBUG)
try:
    raise RuntimeError("inside")
except RuntimeError:
    log.exception("failed %s", "job")
r = q.get_nowait()
print(r.msg.splitlines()[0], r.args, r.exc_info, r.exc_text, r.stack_info, r.levelname)
print(r.message == r.msg, r.msg.splitlines()[-1])
out = io.StringIO()
sh = logging.StreamHandler(out)
sh.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
sh.setLevel(logging.INFO)
listener = logging.handlers.QueueListener(q, sh)
listener.start()
log.debug("debug %d", 1)
log.info("info %d", 2)
log.error("error %d", 3)
listener.stop()
print(repr(out.getvalue()))
out.seek(0)
out.truncate()
listener = logging.handlers.QueueListener(q, sh, respect_handler_level=True)
listener.start()
log.debug("filtered")
log.warning("kept")
listener.stop()
print(repr(out.getvalue()), listener._thread)
original = logging.makeLogRecord({"msg": "orig %d", "args": (5,)})
copy = qh.prepare(original)
print(original.msg, original.args, copy.msg, copy.args, copy is original)
