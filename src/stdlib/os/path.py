# The parts of posixpath built from other functions, run in the module's namespace after its
# native functions are added. `os` is imported inside the functions: os imports this module
# first.


def normcase(s):
    """Normalize case of pathname. Has no effect under Posix"""
    return _fspath(s)


def _fspath(p):
    import os
    return os.fspath(p)


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = _fspath(p)
    return p[:0], p


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    import os
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    import os
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """Test whether a path is a mount point"""
    import os
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    # A symlink is never a mount point.
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    path = os.fspath(path)
    parent = realpath(join(path, '..'))
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    # path/.. on another device, or the same i-node as path (the root).
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def _is_word_char(c):
    # \w under re.ASCII, as CPython's expandvars pattern reads it.
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    import os
    path = os.fspath(path)
    if '$' not in path:
        return path
    environ = os.environ
    i = 0
    while True:
        # The next `$name` or `${anything}` at or after i.
        start = path.find('$', i)
        if start < 0:
            break
        k = start + 1
        if k < len(path) and path[k] == '{':
            close = path.find('}', k + 1)
            if close < 0:
                i = start + 1
                continue
            end = close + 1
            name = path[k + 1:close]
        else:
            end = k
            while end < len(path) and _is_word_char(path[end]):
                end += 1
            if end == k:
                i = start + 1
                continue
            name = path[k:end]
        if name in environ:
            tail = path[end:]
            path = path[:start] + environ[name]
            i = len(path)
            path += tail
        else:
            i = end
    return path


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    import os
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(os.fspath(p) for p in paths)
    for p in paths:
        if not isinstance(p, str):
            raise TypeError("Can't mix strings and bytes in path components")
    absolute = set(p[:1] == '/' for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if absolute.pop() else ''
    return prefix + '/'.join(common)
