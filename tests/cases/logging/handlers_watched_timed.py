# logging.handlers: WatchedFileHandler reopens a file renamed under it; TimedRotatingFileHandler's
# settings and errors (rollover times themselves depend on the clock, so only their shape).
import logging
import logging.handlers
import os
import re

name = "_tmp_watched.log"
w = logging.handlers.WatchedFileHandler(name)
w.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("watched")
log.addHandler(w)
log.propagate = False
log.warning("before")
os.rename(name, name + ".1")
log.warning("after the rename")
os.remove(name + ".1")
log.warning("after the removal")
w.close()
print(repr(open(name).read()), w.dev != -1, w.ino != -1)
os.remove(name)
for when in ["S", "M", "H", "D", "midnight", "W0", "w6"]:
    t = logging.handlers.TimedRotatingFileHandler(name, when=when, interval=2, backupCount=3)
    print(when, t.when, t.interval, t.suffix, t.extMatch.pattern, t.rolloverAt > 0)
    t.close()
for when in ["X", "W7", "W", "W10"]:
    try:
        logging.handlers.TimedRotatingFileHandler(name, when=when)
    except ValueError as e:
        print(type(e).__name__, e)
t = logging.handlers.TimedRotatingFileHandler(name, when="S")
t.rolloverAt = 0
log.removeHandler(w)
log.addHandler(t)
log.warning("rolled")
t.close()
rolled = sorted(n for n in os.listdir(".") if n.startswith(name + "."))
print(len(rolled), [re.fullmatch(r"_tmp_watched\.log\.\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d", n) is not None
                    for n in rolled])
print(repr(open(name).read()))
for n in rolled + [name]:
    os.remove(n)
