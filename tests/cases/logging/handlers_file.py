# logging: FileHandler: append and write modes, delay, encoding, baseFilename, close, repr.
import logging
import os

name = "_tmp_handlers_file.log"
with open(name, "w") as f:
    f.write("old\n")
h = logging.FileHandler(name)
print(h.baseFilename == os.path.abspath(name), h.mode, h.encoding, h.delay, h.errors)
print(repr(h).replace(os.path.abspath(name), "PATH"))
log = logging.getLogger("file")
log.addHandler(h)
log.propagate = False
log.warning("appended %d", 1)
h.close()
print(h.stream)
print(repr(open(name).read()))
h2 = logging.FileHandler(name, mode="w", encoding="utf-8")
log.removeHandler(h)
log.addHandler(h2)
log.warning("fresh caf\u00e9")
h2.close()
print(h2.encoding, repr(open(name, encoding="utf-8").read()))
os.remove(name)
h3 = logging.FileHandler(name, delay=True)
print(h3.stream, os.path.exists(name))
log.removeHandler(h2)
log.addHandler(h3)
log.warning("delayed")
print(os.path.exists(name), h3.stream is not None)
h3.close()
print(repr(open(name).read()))
h4 = logging.FileHandler(name, mode="w", delay=True)
h4.close()
log.removeHandler(h3)
log.addHandler(h4)
log.warning("not written after close in mode w")
print(repr(open(name).read()), h4.stream)
os.remove(name)
try:
    logging.FileHandler(os.path.join("no_such_dir", "x.log"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
