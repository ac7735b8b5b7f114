# fnmatch: shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`) matched by translating the pattern
# to a regular expression, as CPython 3.11 does; `translate` gives 3.11's exact regex text (atomic
# groups for the stars between fixed pieces). Paths are normalised with os.path.normcase, the
# identity on POSIX. Compiled patterns are kept in a bounded dict (CPython uses lru_cache).

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_LIMIT = 32768


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN, after os.path.normcase on both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if isinstance(pat, bytes):
            text = str(pat, 'ISO-8859-1')
            regex = bytes(translate(text), 'ISO-8859-1')
        else:
            regex = translate(pat)
        match = re.compile(regex).match
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = match
    return match


def filter(names, pat):
    """Return the subset of the list NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, case included."""
    match = _compile_pattern(pat)
    return match(name) is not None


# A marker for a run of stars in the first pass of translate.
_STAR = object()


def _translate_set(pat, start, end):
    """The body of the bracket expression pat[start:end] (without the brackets) as regex text,
    or None when the set is empty (it can never match)."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        # Split at the hyphens that make ranges; a hyphen right after the opening (or after `!`)
        # is a literal, and each range eats the two characters around its hyphen.
        pieces = []
        piece_start = start
        search_from = start + 2 if pat[start] == '!' else start + 1
        while True:
            hyphen = pat.find('-', search_from, end)
            if hyphen < 0:
                break
            pieces.append(pat[piece_start:hyphen])
            piece_start = hyphen + 1
            search_from = hyphen + 3
        last = pat[piece_start:end]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += '-'
        # A reversed range (z-a) is dropped: the regex engine would reject it.
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        body = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    # The regex engine reads &&, ~~ and || as set operations (with a FutureWarning): escape them.
    body = re.sub(r'([&~|])', r'\\\1', body)
    return body


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
                continue
            body = _translate_set(pat, i, j)
            i = j + 1
            if not body:
                pieces.append('(?!)')
            elif body == '!':
                pieces.append('.')
            else:
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] in ('^', '['):
                    body = '\\' + body
                pieces.append('[' + body + ']')
        else:
            pieces.append(re.escape(c))

    # Second pass: the fixed text before the first star stays as is; each interior
    # `star fixed` pair becomes an atomic minimal match so that matching never backtracks
    # into it; the last star (with what follows it) is a plain greedy `.*`.
    out = []
    k, n = 0, len(pieces)
    while k < n and pieces[k] is not _STAR:
        out.append(pieces[k])
        k += 1
    while k < n:
        k += 1  # the star
        if k == n:
            out.append('.*')
            break
        fixed = []
        while k < n and pieces[k] is not _STAR:
            fixed.append(pieces[k])
            k += 1
        fixed = ''.join(fixed)
        if k == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
