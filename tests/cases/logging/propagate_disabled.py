# logging: propagation to ancestors' handlers, propagate=False, disabled, handler levels,
# addHandler/removeHandler, hasHandlers.
import logging

out = []


class Tag(logging.Handler):
    def __init__(self, tag, level=logging.NOTSET):
        super().__init__(level)
        self.tag = tag

    def emit(self, record):
        out.append("%s<-%s:%s" % (self.tag, record.name, record.getMessage()))


root_h = Tag("root")
logging.root.addHandler(root_h)
p = logging.getLogger("p")
c = logging.getLogger("p.c")
ph = Tag("p", logging.ERROR)
p.addHandler(ph)
c.addHandler(Tag("c"))
c.warning("w1")
c.error("e1")
print(out)
out.clear()
p.propagate = False
c.error("e2")
print(out, c.hasHandlers(), logging.getLogger("q").hasHandlers())
out.clear()
c.disabled = True
c.error("e3")
print(out, c.isEnabledFor(logging.ERROR))
c.disabled = False
c.handlers[:] = []
p.removeHandler(ph)
p.removeHandler(ph)
print(c.hasHandlers(), len(p.handlers))
p.addHandler(ph)
p.addHandler(ph)
print(len(p.handlers))
c.critical("e4")
print(out)
logging.root.removeHandler(root_h)
p.propagate = True
p.handlers.clear()
print(c.hasHandlers())
