# logging: formatTime: the default "2003-07-08 16:49:45,896" shape, datefmt, converter,
# default_time_format and default_msec_format (times fixed, in UTC).
import logging
import re
import time

rec = logging.makeLogRecord({"msg": "m"})
rec.created = 1057682985.896
rec.msecs = 896.0
f = logging.Formatter("%(asctime)s %(message)s")
print(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,896", f.formatTime(rec)) is not None)
f.converter = time.gmtime
print(f.formatTime(rec))
print(f.formatTime(rec, "%Y/%m/%d %H.%M.%S"))
print(f.format(rec))
g = logging.Formatter("[%(asctime)s] %(message)s", datefmt="%d %b %Y %H:%M")
g.converter = time.gmtime
print(g.format(rec))
h = logging.Formatter("%(asctime)s")
h.converter = time.gmtime
h.default_msec_format = "%s.%03d"
print(h.format(rec))
h.default_msec_format = None
print(h.format(rec))
h.default_time_format = "%H:%M:%S"
print(h.format(rec))
rec2 = logging.makeLogRecord({"msg": "z"})
rec2.created = 0.0
rec2.msecs = 7.0
print(h.formatTime(rec2), f.formatTime(rec2))
r3 = logging.LogRecord("n", 20, "p.py", 1, "m", None, None)
print(r3.msecs == int((r3.created - int(r3.created)) * 1000))
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)
