# logging: with no handler anywhere, lastResort writes WARNING and above, message only, to the
# current sys.stderr; with lastResort None, one "No handlers could be found" line.
import io
import logging
import sys

saved = sys.stderr
sys.stderr = err = io.StringIO()
log = logging.getLogger("lonely")
log.info("info is dropped")
log.warning("warning %s", "shown")
log.error("error shown")
print(logging.lastResort, logging.lastResort.level, logging.lastResort.stream is err)
logging.lastResort = None
log.warning("first")
log.warning("second")
logging.raiseExceptions = False
logging.getLogger("other").warning("third")
logging.raiseExceptions = True
logging.lastResort = logging._defaultLastResort
logging.getLogger("with.null").addHandler(logging.NullHandler())
logging.getLogger("with.null").error("swallowed by NullHandler")
logging.getLogger("with.null.child").error("also swallowed")
sys.stderr = saved
print(repr(err.getvalue()))
print(logging.NullHandler().lock, logging.NullHandler().handle(None))
