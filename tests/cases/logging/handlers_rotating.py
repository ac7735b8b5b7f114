# logging.handlers: RotatingFileHandler by size with backups, namer and rotator, maxBytes=0.
import logging
import logging.handlers
import os

base = "_tmp_rotating.log"


def listing():
    for name in sorted(os.listdir(".")):
        if name.startswith("_tmp_rotating"):
            with open(name) as f:
                print(" ", name, repr(f.read()))


h = logging.handlers.RotatingFileHandler(base, maxBytes=30, backupCount=2)
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("rot")
log.addHandler(h)
log.propagate = False
for i in range(9):
    log.warning("record %d", i)
h.close()
listing()
print(h.maxBytes, h.backupCount, h.mode, isinstance(h, logging.handlers.BaseRotatingHandler))
for name in os.listdir("."):
    if name.startswith("_tmp_rotating"):
        os.remove(name)
h2 = logging.handlers.RotatingFileHandler(base, mode="w", maxBytes=25, backupCount=1)
print(h2.mode)
h2.namer = lambda name: name + ".bak"
moved = []


def rotator(source, dest):
    moved.append(os.path.basename(dest))
    os.rename(source, dest)


h2.rotator = rotator
log.removeHandler(h)
log.addHandler(h2)
for i in range(4):
    log.warning("entry number %d", i)
h2.close()
print(moved)
listing()
for name in os.listdir("."):
    if name.startswith("_tmp_rotating"):
        os.remove(name)
h3 = logging.handlers.RotatingFileHandler(base, mode="w")
print(h3.mode, h3.shouldRollover(logging.makeLogRecord({"msg": "x" * 100})))
h3.close()
os.remove(base)
