# logging.handlers: BufferingHandler and MemoryHandler: capacity, flushLevel, target,
# flushOnClose, setTarget.
import logging
import logging.handlers

out = []


class Sink(logging.Handler):
    def emit(self, record):
        out.append(record.getMessage())


b = logging.handlers.BufferingHandler(2)
log = logging.getLogger("mem")
log.addHandler(b)
log.propagate = False
log.warning("a")
print(len(b.buffer), b.shouldFlush(logging.makeLogRecord({})))
log.warning("b")
print(len(b.buffer))
sink = Sink()
m = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=sink)
log.removeHandler(b)
log.addHandler(m)
log.warning("1")
log.warning("2")
print(len(m.buffer), out)
log.warning("3")
print(len(m.buffer), out)
log.warning("4")
log.error("5 error flushes")
print(len(m.buffer), out)
m2 = logging.handlers.MemoryHandler(10)
log.removeHandler(m)
log.addHandler(m2)
log.critical("kept without target")
m2.flush()
print(len(m2.buffer))
m2.setTarget(sink)
m2.flush()
print(len(m2.buffer), out[-1])
log.warning("flushed at close")
m2.close()
print(out[-1], m2.target, len(m2.buffer))
m3 = logging.handlers.MemoryHandler(10, target=sink, flushOnClose=False)
log.removeHandler(m2)
log.addHandler(m3)
log.warning("lost at close")
m3.close()
print(out[-1], m.capacity, m.flushLevel, m2.flushOnClose, m3.flushOnClose)
