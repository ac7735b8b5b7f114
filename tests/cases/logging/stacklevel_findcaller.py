# logging: findCaller: the caller's file, line and function; stacklevel through helpers;
# a helper module's frames count; LoggerAdapter passes through.
import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(module)s %(message)s"))
log = logging.getLogger("where")
log.addHandler(h)
log.propagate = False


def helper(msg, level=1):
    log.warning(msg, stacklevel=level)


def outer():
    helper("level 1")
    helper("level 2", 2)
    helper("level 3", 3)
    helper("level 99", 99)


outer()
log.warning("top level")
logging.LoggerAdapter(log, {}).warning("adapter")
fn, lno, func, sinfo = log.findCaller()
print(fn == __file__, lno, func, sinfo)
fn, lno, func, sinfo = log.findCaller(stack_info=True)
print(lno, sinfo.splitlines()[0], sinfo.splitlines()[-1].strip())
print(out.getvalue(), end="")
print(logging.currentframe().f_code.co_name)


def inner():
    return logging.currentframe().f_code.co_name


print(inner())
