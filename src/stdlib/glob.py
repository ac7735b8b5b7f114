# glob: pathname patterns expanded against the file system, as CPython 3.11's glob: each path
# component with a wildcard is matched with fnmatch against a directory listing; names starting
# with a dot are matched only by a pattern starting with a dot (or with include_hidden); `**`
# with recursive=True matches any number of directories; root_dir makes the pattern relative to
# another directory. Results come in directory-listing order, as in CPython.
# Left out: dir_fd (gilt's os has no *at calls; a dir_fd other than None raises
# NotImplementedError) and bytes patterns for glob/iglob (escape takes bytes).

import fnmatch
import os

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. Unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns by default.

    If `include_hidden` is true, the patterns '*', '?', '**'  will match hidden
    directories.

    If `recursive` is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. However, unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns.

    If recursive is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by gilt")
    if isinstance(pathname, bytes):
        raise NotImplementedError("glob: bytes patterns are not supported by gilt")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = ''
    found = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and pathname[:2] == '**':
        # A leading `**` first yields the directory itself, as an empty name: drop it.
        return _skip_first_empty(found)
    return found


def _skip_first_empty(found):
    first = True
    for name in found:
        if first:
            first = False
            if not name:
                continue
        yield name


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern ending with a slash matches only directories.
            yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == '**':
            glob_in_dir = _glob_recursive
        else:
            glob_in_dir = _glob_pattern
    else:
        glob_in_dir = _glob_literal
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    """The names in the literal directory dirname matching pattern."""
    names = _listdir(dirname, dironly)
    if not include_hidden:
        # Hidden names are matched only by a pattern that is itself hidden.
        if not _ishidden(pattern):
            names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    """[basename] when it exists in dirname (or, empty, when dirname is a directory)."""
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob_literal(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _glob_pattern(dirname, pattern, False, False)


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    """'' (the directory itself), then every path below dirname, relative to it."""
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    """The names in dirname ('' is the current directory), only directories when dironly;
    an unreadable directory has none."""
    names = []
    try:
        with os.scandir(dirname or os.curdir) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        return []
    return names


def _rlistdir(dirname, dironly, include_hidden):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    return '*' in s or '?' in s or '[' in s


def _ishidden(path):
    return path[0] in ('.', 46)


def escape(pathname):
    """Escape all special characters.
    """
    # Each of `*?[` is wrapped in brackets. On POSIX there is no drive part to leave alone.
    if isinstance(pathname, bytes):
        out = bytearray()
        for b in pathname:
            if b in b'*?[':
                out += b'[' + bytes([b]) + b']'
            else:
                out.append(b)
        return bytes(out)
    out = []
    for c in pathname:
        if c in '*?[':
            out.append('[' + c + ']')
        else:
            out.append(c)
    return ''.join(out)
