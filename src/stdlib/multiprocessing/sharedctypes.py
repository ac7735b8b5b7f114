# multiprocessing.sharedctypes: Value and Array over _multiprocessing.SharedArray (C values in
# memory shared with processes forked later), wrapped with a lock as CPython's are. gilt has no
# ctypes: type codes name the C types ('i' c_int, 'd' c_double, 'c' c_char, ...), and the raw
# objects behave as the ctypes objects CPython returns for the uses multiprocessing makes.

from _multiprocessing import SharedArray as _SharedArray

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

_ctype_names = {
    'c': 'c_char', 'b': 'c_byte', 'B': 'c_ubyte', '?': 'c_bool', 'h': 'c_short',
    'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong',
    'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double',
}


def _check_typecode(typecode):
    if not isinstance(typecode, str) or typecode not in _ctype_names:
        raise TypeError("gilt's multiprocessing takes array type codes (%s), not %r"
                        % (", ".join(sorted(_ctype_names)), typecode))


class _RawValue:
    """One shared C value (what CPython's RawValue returns: a ctypes object)."""

    def __init__(self, typecode, *args):
        _check_typecode(typecode)
        self._array = _SharedArray(typecode, 1)
        self._typecode = typecode
        if args:
            self.value = args[0]

    @property
    def value(self):
        return self._array._get(0)

    @value.setter
    def value(self, value):
        self._array._set(0, value)

    def __repr__(self):
        return '%s(%r)' % (_ctype_names[self._typecode], self.value)


class _RawArray:
    """Shared C values in a row (what CPython's RawArray returns: a ctypes array)."""

    def __init__(self, typecode, size_or_initializer):
        _check_typecode(typecode)
        self._typecode = typecode
        if isinstance(size_or_initializer, int):
            self._array = _SharedArray(typecode, size_or_initializer)
        else:
            items = list(size_or_initializer)
            if typecode == 'c' and isinstance(size_or_initializer, bytes):
                items = [bytes([b]) for b in size_or_initializer]
            self._array = _SharedArray(typecode, len(items))
            for i, item in enumerate(items):
                self._array._set(i, item)

    def __len__(self):
        return len(self._array)

    def _index(self, key):
        # A negative index counts from the end; the native side checks the range.
        if isinstance(key, int) and key < 0:
            return key + len(self._array)
        return key

    def _indices(self, key):
        return range(*key.indices(len(self._array)))

    def __getitem__(self, key):
        if isinstance(key, slice):
            items = [self._array._get(i) for i in self._indices(key)]
            if self._typecode == 'c':
                return b''.join(items)
            return items
        return self._array._get(self._index(key))

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            indices = self._indices(key)
            if self._typecode == 'c' and isinstance(value, bytes):
                value = [bytes([b]) for b in value]
            value = list(value)
            if len(value) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for i, item in zip(indices, value):
                self._array._set(i, item)
            return
        self._array._set(self._index(key), value)

    def __iter__(self):
        for i in range(len(self._array)):
            yield self._array._get(i)

    # c_char arrays: .value is the bytes up to the first NUL, .raw all of them.
    @property
    def value(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'value'"
                                 % (_ctype_names[self._typecode] + '_Array_%d' % len(self)))
        raw = self._array._raw()
        end = raw.find(b'\x00')
        return raw if end < 0 else raw[:end]

    @value.setter
    def value(self, value):
        if len(value) > len(self._array):
            raise ValueError("byte string too long")
        for i, b in enumerate(value):
            self._array._set(i, bytes([b]))
        if len(value) < len(self._array):
            self._array._set(len(value), b'\x00')

    @property
    def raw(self):
        return self._array._raw()

    @raw.setter
    def raw(self, value):
        if len(value) > len(self._array):
            raise ValueError("byte string too long")
        for i, b in enumerate(value):
            self._array._set(i, bytes([b]))

    def __repr__(self):
        return '<%s_Array_%d object>' % (_ctype_names[self._typecode], len(self))


def RawValue(typecode_or_type, *args):
    return _RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    return _RawArray(typecode_or_type, size_or_initializer)


def _with_lock(obj, lock):
    """obj itself for lock=False, else obj behind the given lock or a new RLock."""
    if lock is False:
        return obj
    if lock in (True, None):
        from multiprocessing.synchronize import RLock
        lock = RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    return _with_lock(RawValue(typecode_or_type, *args), lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return _with_lock(RawArray(typecode_or_type, size_or_initializer), lock)


def copy(obj):
    if isinstance(obj, _RawValue):
        return RawValue(obj._typecode, obj.value)
    return RawArray(obj._typecode, obj[:])


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, _RawArray):
        if obj._typecode == 'c':
            return SynchronizedString(obj, lock)
        return SynchronizedArray(obj, lock)
    return Synchronized(obj, lock)


class SynchronizedBase:

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            from multiprocessing.synchronize import RLock
            self._lock = RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        with self._lock:
            items = self._obj[:]
        return iter(items)


class SynchronizedString(SynchronizedArray):

    value = Synchronized.value

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, value):
        with self._lock:
            self._obj.raw = value
