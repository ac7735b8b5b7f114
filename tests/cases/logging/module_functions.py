# logging: the module-level functions call basicConfig() when the root has no handlers; the
# default handler writes BASIC_FORMAT lines to the sys.stderr of that moment.
import io
import logging
import sys

saved = sys.stderr
sys.stderr = err = io.StringIO()
try:
    logging.debug("not shown: root is at WARNING")
    print(len(logging.root.handlers))
    logging.info("info is below WARNING too")
    logging.warning("warn %s", "arg")
    logging.error("error")
    logging.critical("critical")
    logging.fatal("fatal")
    logging.log(logging.WARNING, "log at %d", 30)
    try:
        raise KeyError("k")
    except KeyError:
        logging.exception("exception")
    logging.getLogger("named").warning("through the root handler")
finally:
    sys.stderr = saved
print(len(logging.root.handlers), logging.root.handlers[0].stream is err)
text = err.getvalue()
print(text.replace(__file__, "FILE"), end="")
