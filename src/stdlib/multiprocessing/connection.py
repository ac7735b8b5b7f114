# multiprocessing.connection: Connection over a file descriptor (one end of a pipe, or of a
# Unix socket pair for a duplex Pipe). Messages are framed by _multiprocessing (a 4-byte length,
# then the bytes); objects travel in gilt's own serialized form (_serial), not pickle's.

import os
import _multiprocessing
import _serial

__all__ = ['Pipe', 'Connection']


def _check_bytes_like(buf):
    if not isinstance(buf, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__)


class Connection:

    _handle = None

    def __init__(self, handle, readable=True, writable=True):
        if not isinstance(handle, int):
            raise TypeError("an integer is required")
        if handle < 0:
            raise ValueError("invalid handle")
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def __del__(self):
        if self._handle is not None:
            self._close()

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle

    def _close(self):
        try:
            os.close(self._handle)
        except OSError:
            pass

    def close(self):
        if self._handle is not None:
            try:
                self._close()
            finally:
                self._handle = None

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        _check_bytes_like(buf)
        n = len(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        _multiprocessing.send_message(self._handle, buf[offset:offset + size])

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        _multiprocessing.send_message(self._handle, _serial.dumps(obj))

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = _multiprocessing.recv_message(self._handle)
        if maxlength is not None and len(buf) > maxlength:
            self.close()
            raise OSError("bad message length")
        return buf

    def recv(self):
        self._check_closed()
        self._check_readable()
        return _serial.loads(_multiprocessing.recv_message(self._handle))

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return _multiprocessing.poll(self._handle, timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def __repr__(self):
        return '<%s handle=%s>' % (type(self).__name__, self._handle)


def Pipe(duplex=True):
    """Two connected Connections: both ways (a socket pair), or (read end, write end)."""
    if duplex:
        s1, s2 = _multiprocessing.socketpair()
        return Connection(s1), Connection(s2)
    fd1, fd2 = os.pipe()
    return Connection(fd1, writable=False), Connection(fd2, readable=False)


def wait(object_list, timeout=None):
    """The connections (or descriptors, or objects with fileno()) of object_list that are
    ready to read, waiting up to timeout seconds (None: until one is)."""
    fds = {}
    for o in object_list:
        fds[o if isinstance(o, int) else o.fileno()] = o
    return [fds[fd] for fd in _multiprocessing.wait_readable(list(fds), timeout)]
