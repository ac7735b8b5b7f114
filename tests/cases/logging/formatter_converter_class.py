# logging: Formatter.converter set on the class (a built-in function as a class attribute must
# not bind to the formatter, as in CPython).
import logging
import time


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


rec = logging.makeLogRecord({"msg": "m"})
rec.created = 86400 * 365.0
rec.msecs = 5.0
print(UTCFormatter("%(asctime)s %(message)s").format(rec))
logging.Formatter.converter = time.gmtime
print(logging.Formatter("%(asctime)s").format(rec))
