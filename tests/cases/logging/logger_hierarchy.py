# logging: getLogger's dotted hierarchy: parents, PlaceHolder nodes, root, getChild, reprs.
import logging

abc = logging.getLogger("a.b.c")
print(abc, abc.parent is logging.root)
print(type(logging.Logger.manager.loggerDict["a"]).__name__,
      type(logging.Logger.manager.loggerDict["a.b"]).__name__)
a = logging.getLogger("a")
print(abc.parent is a, a.parent is logging.root)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a)
print(logging.getLogger("a.b.c") is abc)
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root,
      logging.getLogger("") is logging.root)
print(logging.root, logging.root.name, logging.root.parent)
print(a.getChild("b") is ab, a.getChild("x.y").name, logging.root.getChild("top").name)
print(logging.getLogger("a.bc").parent is a)
x = logging.getLogger("x.y.z")
w = logging.getLogger("x.y.w")
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("x")))
ph = logging.Logger.manager.loggerDict["x.y"]
print(type(ph).__name__, sorted(l.name for l in ph.loggerMap))
xy = logging.getLogger("x.y")
print(x.parent is xy, w.parent is xy, xy.parent is logging.root)
try:
    logging.getLogger(5)
except TypeError as e:
    print(type(e).__name__, e)
print(logging.getLogger("a.b.c").manager is logging.Logger.manager)
print(logging.getLoggerClass() is logging.Logger)


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLogger("mine"))
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(type(e).__name__, e)
print(type(logging.getLogger("plain")).__name__)
