# logging: basicConfig with filename, filemode and an encoding makes a FileHandler.
import logging
import os

name = "_tmp_basicconfig.log"
with open(name, "w") as f:
    f.write("earlier\n")
logging.basicConfig(filename=name, level=logging.DEBUG, format="%(levelname)s %(message)s")
h = logging.root.handlers[0]
print(type(h).__name__, h.mode, h.encoding, h.errors, h.baseFilename == os.path.abspath(name))
logging.debug("appended")
logging.basicConfig(filename=name, filemode="w", force=True, encoding="utf-8",
                    format="%(message)s")
h.close()
print(repr(open(name).read()))
h2 = logging.root.handlers[0]
print(h2.mode, h2.encoding, h2.errors)
logging.warning("rewritten \u00e9")
logging.shutdown()
print(repr(open(name, encoding="utf-8").read()))
os.remove(name)
