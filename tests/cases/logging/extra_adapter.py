# logging: `extra` attributes, the overwrite KeyError, LoggerAdapter (process, extra, delegation).
import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(user)s %(levelname)s %(message)s"))
log = logging.getLogger("extra")
log.addHandler(h)
log.propagate = False
log.setLevel(logging.DEBUG)
log.info("hello", extra={"user": "ann"})
for key in ["message", "asctime", "name", "lineno"]:
    try:
        log.info("x", extra={key: 1})
    except KeyError as e:
        print(type(e).__name__, e)
ad = logging.LoggerAdapter(log, {"user": "bob"})
ad.debug("debug %d", 1)
ad.warning("warned")
ad.log(logging.ERROR, "logged")
try:
    raise ArithmeticError("boom")
except ArithmeticError:
    ad.exception("boom")
print(ad, ad.name, ad.manager is log.manager, ad.getEffectiveLevel(), ad.hasHandlers())
ad.setLevel(logging.WARNING)
print(log.level, ad.isEnabledFor(logging.INFO))
ad.info("dropped")


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


h.setFormatter(logging.Formatter("%(message)s"))
Prefix(log, {"id": 7}).error("with prefix %s", "arg")
print(out.getvalue(), end="")
print(logging.LoggerAdapter[int])
print(logging.LoggerAdapter(log).extra)
