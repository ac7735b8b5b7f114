# logging: Filter by logger name, callable filters, filter objects on loggers and handlers.
import logging

seen = []


class Keep(logging.Handler):
    def emit(self, record):
        seen.append("%s:%s" % (record.name, record.getMessage()))


f = logging.Filter("a.b")
for name in ["a.b", "a.b.c", "a.bc", "a", "b.a.b", "a.b.c.d"]:
    print(name, f.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "anything"})), f.name, f.nlen)
top = logging.getLogger("a")
h = Keep()
top.addHandler(h)
top.propagate = False
h.addFilter(logging.Filter("a.b"))
for name in ["a", "a.b", "a.b.x", "a.c"]:
    logging.getLogger(name).warning("from %s", name)
print(seen)
seen.clear()
h.filters.clear()


def no_secrets(record):
    return "secret" not in record.getMessage()


top.addFilter(no_secrets)
top.addFilter(no_secrets)
print(len(top.filters))
top.warning("public")
top.warning("a secret")
logging.getLogger("a.child").warning("child secret passes: logger filters are not inherited")
print(seen)
seen.clear()
top.removeFilter(no_secrets)
top.removeFilter(no_secrets)
print(top.filters)


class Tagger(logging.Filter):
    def filter(self, record):
        record.tag = "T"
        return True


h.addFilter(Tagger())
h.setFormatter(logging.Formatter("%(tag)s %(message)s"))


class Show(logging.Handler):
    def emit(self, record):
        seen.append(self.format(record))


s = Show()
s.setFormatter(logging.Formatter("%(tag)s|%(message)s"))
top.addHandler(s)
top.warning("tagged")
print(seen)
print(h.filter(logging.makeLogRecord({})), top.filter(logging.makeLogRecord({})))
