# logging: exception text (exc_info, exception(), formatException, exc_text cache) and stack_info
# (formatStack), as Formatter.format appends them.
import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("exc")
log.addHandler(h)
log.propagate = False


def fail():
    raise ValueError("bad thing")


try:
    fail()
except ValueError:
    log.exception("caught %d", 1)
    log.error("again", exc_info=True)
    log.warning("no exc info")
try:
    fail()
except ValueError as e:
    err = e
log.error("from instance", exc_info=err)
log.error("from tuple", exc_info=(type(err), err, err.__traceback__))
log.error("false", exc_info=False)
log.info("outside", exc_info=True)


def deep():
    log.warning("with stack", stack_info=True)


deep()
print(out.getvalue(), end="")


class Short(logging.Formatter):
    def formatException(self, ei):
        return "EXC " + ei[0].__name__

    def formatStack(self, stack_info):
        return "STACK %d lines" % len(stack_info.splitlines())


h.setFormatter(Short("%(message)s"))
out.seek(0)
out.truncate()
log.error("short", exc_info=err)
log.info("stacked", stack_info=True)
print(out.getvalue(), end="")
rec = logging.makeLogRecord({"msg": "cached", "exc_info": (type(err), err, None)})
f = logging.Formatter()
print(repr(f.format(rec)))
rec.exc_text = "already text"
print(repr(f.format(rec)))
print(repr(f.formatException((type(err), err, None))))
