# The io module: the native file classes of _io, and StringIO and BytesIO, in-memory files
# written here in gilt (CPython writes them in C; their behaviour is the same for the methods
# below).

from _io import (open, TextIOWrapper, FileIO, BufferedReader, BufferedWriter, BufferedRandom,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class IOBase:
    """The base of the stream classes: what every stream has, in terms of the few methods a
    subclass defines (CPython's is an ABC in C; this one is a plain class, so isinstance() of
    the native file objects against it is False in gilt)."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__dict__.get("_IOBase__closed", False):
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__dict__.get("_IOBase__closed", False)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def readline(self, size=-1):
        res = bytearray()
        while size is None or size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read() and readall() in terms of readinto()."""

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Buffered binary streams: readinto() in terms of read()."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Text streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class _MemoryFile:
    """What StringIO and BytesIO share: a value, a position, and closing."""

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def tell(self):
        self._check_open()
        return self._position

    def seek(self, position, whence=0):
        self._check_open()
        if whence == 0:
            if position < 0:
                raise ValueError("negative seek value " + str(position))
            self._position = position
        elif whence == 1:
            if position != 0 and isinstance(self, StringIO):
                raise OSError("Can't do nonzero cur-relative seeks")
            self._position = max(0, self._position + position)
        elif whence == 2:
            if position != 0 and isinstance(self, StringIO):
                raise OSError("Can't do nonzero end-relative seeks")
            self._position = max(0, len(self._value) + position)
        else:
            raise ValueError("invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._position

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._value)
        else:
            end = min(len(self._value), self._position + size)
        start = min(self._position, len(self._value))
        self._position = max(self._position, end)
        return self._value[start:end]

    def readline(self, size=-1):
        self._check_open()
        start = min(self._position, len(self._value))
        end = self._value.find(self._newline, start)
        end = len(self._value) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._position = end
        return self._value[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def write(self, data):
        self._check_open()
        self._check_type(data)
        if self._position > len(self._value):
            self._value = self._value + self._empty * (self._position - len(self._value))
        end = self._position + len(data)
        self._value = self._value[:self._position] + data + self._value[end:]
        self._position = end
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._position
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        self._value = self._value[:size]
        return size

    def getvalue(self):
        self._check_open()
        return self._value

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryFile, TextIOBase):
    _empty = '\0'
    _newline = '\n'
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: " + repr(newline))
        self._translate = newline
        self._value = self._translated(initial_value)
        self._position = 0
        self._closed = False

    def _translated(self, text):
        if self._translate is None:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        if self._translate in ('\r', '\r\n'):
            return text.replace('\n', self._translate)
        return text

    def _check_type(self, data):
        if not isinstance(data, str):
            raise TypeError("string argument expected, got '" + type(data).__name__ + "'")

    def write(self, data):
        self._check_type(data)
        count = len(data)
        _MemoryFile.write(self, self._translated(data))
        return count

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_MemoryFile, BufferedIOBase):
    """An in-memory binary file over a bytearray, so writes cost what they write."""
    _empty = b'\0'
    _newline = b'\n'
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=b''):
        self._value = bytearray() if initial_bytes is None else bytearray(self._bytes_of(initial_bytes))
        self._position = 0
        self._closed = False

    @staticmethod
    def _bytes_of(data):
        if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
            try:
                return memoryview(data)
            except TypeError:
                raise TypeError("a bytes-like object is required, not '" + type(data).__name__ + "'") from None
        return data

    def _check_type(self, data):
        self._bytes_of(data)

    def read(self, size=-1):
        return bytes(_MemoryFile.read(self, size))

    def readline(self, size=-1):
        return bytes(_MemoryFile.readline(self, size))

    def write(self, data):
        self._check_open()
        data = self._bytes_of(data)
        n = len(data)
        if self._position > len(self._value):
            self._value += self._empty * (self._position - len(self._value))
        self._value[self._position:self._position + n] = data
        self._position += n
        return n

    def readinto(self, buffer):
        self._check_open()
        data = _MemoryFile.read(self, len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def getvalue(self):
        self._check_open()
        return bytes(self._value)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._value)

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return '<_io.BytesIO object>'


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
