"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.
"""

# gilt's linecache, as CPython 3.11's: `cache` maps a file name to (size, mtime, lines, fullname),
# or to a one-tuple (a function giving the source) for a lazily loaded module. Source files are
# decoded as tokenize.open would: a BOM or a PEP 263 coding cookie in the first two lines, else
# UTF-8. gilt's embedded modules have names like `<gilt:threading>`, which are never looked up.

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue  # a lazy entry stays lazy
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # loaded through a __loader__: nothing to compare
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _is_pseudo_name(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, discard the cache entry and return an empty list."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo_name(filename):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except (OSError, TypeError, ValueError):
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if not isinstance(filename, str) or filename.startswith('/'):
            return []
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            fullname = os.path.join(dirname, filename)
            try:
                st = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        lines = _read_source_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


_cookie_re = None


def _source_encoding(head):
    """The encoding tokenize.detect_encoding finds in the first bytes of a source file."""
    global _cookie_re
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if _cookie_re is None:
        import re
        _cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
    for line in head.split(b'\n')[:2]:
        text = line.decode('latin-1')
        m = _cookie_re.match(text)
        if m:
            name = m.group(1).lower().replace('_', '-')
            if name == 'utf-8' or name.startswith('utf-8-'):
                return 'utf-8'
            if name in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
                    name.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
                return 'latin-1'
            return name
        stripped = text.lstrip(' \t\f')
        if stripped and not stripped.startswith(('#', '\r')):
            break  # code before any cookie: the second line cannot have one
    return 'utf-8'


def _read_source_lines(fullname):
    with open(fullname, 'rb') as f:
        head = f.read(1024)
    encoding = _source_encoding(head)
    with open(fullname, encoding=encoding) as f:
        return f.readlines()


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    :return: True if a lazy load is registered in the cache,
        otherwise False.
    """
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo_name(filename):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            if spec:
                loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
