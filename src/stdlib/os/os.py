def getenv(key, default=None):
    if not isinstance(key, str):
        raise TypeError("str expected, not " + type(key).__name__)
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class _PathLikeMeta(type):
    # CPython's PathLike is an ABC whose __subclasshook__ accepts any class with __fspath__;
    # without abc, the metaclass answers isinstance and issubclass the same way.
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return type.__subclasscheck__(cls, subclass)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


class DirEntry:
    """An entry of a directory listing: its name and path, with its stat results asked for
    only when a method needs them (and then kept, as CPython keeps what the listing told it)."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._lstat = None
        self._stat = None

    def __repr__(self):
        return '<DirEntry ' + repr(self.name) + '>'

    def __fspath__(self):
        return self.path

    def _lstat_result(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self._lstat_result().st_ino

    def is_symlink(self):
        try:
            return self._lstat_result().st_mode & 0o170000 == 0o120000
        except FileNotFoundError:
            return False

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._lstat_result()
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self._lstat_result()
        return self._stat

    def _is_kind(self, kind, follow_symlinks):
        try:
            mode = self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return False
        return mode & 0o170000 == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._is_kind(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is_kind(0o100000, follow_symlinks)


DirEntry.__module__ = 'posix'


class ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        name = next(self._names)
        return DirEntry(self._directory, name)

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


ScandirIterator.__module__ = 'posix'
_ScandirIterator = ScandirIterator
del ScandirIterator


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    if path is None:
        path = '.'
    if not isinstance(path, (str, bytes)):
        if not hasattr(type(path), '__fspath__'):
            raise TypeError('scandir: path should be string, bytes, os.PathLike, integer or '
                            'None, not ' + type(path).__name__)
        path = fspath(path)
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory in the tree
    rooted at top, the directory before its subdirectories unless topdown is false."""
    top = fspath(top)
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            # Bottom-up, which subdirectories to enter is decided now, before the caller sees
            # the lists.
            if not topdown and is_dir:
                if followlinks:
                    walk_dirs.append(entry.path)
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        is_symlink = False
                    if not is_symlink:
                        walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        # The caller may have pruned dirs in place.
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


supports_dir_fd = set()
supports_fd = {stat, chmod, utime, truncate, statvfs}
supports_follow_symlinks = {stat, utime, access, link}
supports_effective_ids = {access}
