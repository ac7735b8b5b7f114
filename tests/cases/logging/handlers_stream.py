# logging: StreamHandler: stream, terminator, setStream, flush, format fallback, reprs.
import io
import logging
import sys

a, b = io.StringIO(), io.StringIO()
h = logging.StreamHandler(a)
log = logging.getLogger("stream")
log.addHandler(h)
log.propagate = False
log.warning("first %s", "line")
h.terminator = " <end>\n"
log.warning("second")
old = h.setStream(b)
print(old is a, h.setStream(b))
log.error("to b")
print(repr(a.getvalue()), repr(b.getvalue()))
print(logging.StreamHandler())
print(logging.StreamHandler(sys.stdout))
print(logging.StreamHandler(io.StringIO()))


class Named:
    name = 7

    def write(self, text):
        print("write", repr(text))

    def flush(self):
        print("flush")


n = logging.StreamHandler(Named())
print(n)
log.addHandler(n)
log.critical("both")
n.flush()
print(logging.StreamHandler.terminator == "\n", h.stream is b)
print(logging.StreamHandler[int])
e = logging.StreamHandler()
print(e.stream is sys.stderr, e.formatter, e.level, e.name)
e.name = "console"
print(e.get_name(), e.name)
