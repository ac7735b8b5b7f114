# logging: every LogRecord attribute of 3.11, checked by value, type or pattern (no raw times).
import logging
import os
import re
import threading
import time

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


log = logging.getLogger("rec.attrs")
log.addHandler(Keep())
log.setLevel(logging.DEBUG)
log.propagate = False
before = time.time()


def where():
    log.info("value %s and %d", "a", 7)


where()
r = records[0]
print(r.name, r.levelno, r.levelname, r.msg, r.args, r.getMessage())
print(os.path.basename(r.pathname), r.filename, r.module, r.lineno, r.funcName)
print(r.pathname == os.path.abspath(__file__))
print(type(r.created).__name__, before <= r.created <= time.time() + 1)
print(type(r.msecs).__name__, 0 <= r.msecs < 1000, r.msecs == int(r.msecs))
print(type(r.relativeCreated).__name__, r.relativeCreated >= 0)
print(r.thread == threading.get_ident(), r.threadName, r.process == os.getpid(), r.processName)
print(r.exc_info, r.exc_text, r.stack_info)
print(hasattr(r, "taskName"), hasattr(r, "message"))
print(re.fullmatch(r'<LogRecord: rec\.attrs, 20, .*record_attributes\.py, 24, "value %s and %d">',
                   repr(r)) is not None)
fmt = logging.Formatter("%(name)s %(levelno)s %(levelname)s %(filename)s %(module)s %(lineno)d "
                        "%(funcName)s %(threadName)s %(processName)s %(message)s")
print(fmt.format(r))
print(r.message)
line = logging.Formatter("%(created)f|%(msecs)d|%(relativeCreated)d|%(asctime)s|%(thread)d|"
                         "%(process)d").format(r)
print(re.fullmatch(r"\d+\.\d{6}\|\d{1,3}\|\d+\|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\|\d+\|\d+",
                   line) is not None)
print(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}", r.asctime) is not None)
log.info("mapping %(k)s %(v)d", {"k": "key", "v": 3})
print(records[-1].args, records[-1].getMessage())
log.info("plain %s", {"k": 1})
print(records[-1].getMessage())
log.info(12345)
print(repr(records[-1].getMessage()))
r2 = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "custom": 1})
print(r2.name, r2.levelno, r2.levelname, r2.getMessage(), r2.custom, r2.lineno, r2.funcName)
print(logging.getLogRecordFactory() is logging.LogRecord)
