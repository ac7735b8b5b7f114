# errno: every Linux errno name with its value, errorcode's names (aliases map to one name),
# and OSError's subclasses chosen by errno.
import errno

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
for name in names:
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value])
print(sorted(errno.errorcode.items())[:5])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLK == errno.EDEADLOCK,
      errno.EOPNOTSUPP == errno.ENOTSUP)
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.ECHILD,
             errno.EISDIR, errno.ENOTDIR, errno.EINTR, errno.EPIPE, errno.ETIMEDOUT,
             errno.ECONNREFUSED, errno.ESRCH, errno.EINVAL):
    e = OSError(code, "message")
    print(code, type(e).__name__, e.errno, e.strerror)
try:
    open("/no/such/file/anywhere")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
