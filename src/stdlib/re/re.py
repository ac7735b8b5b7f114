"""Regular expressions: CPython 3.11's `re` over gilt's native `_sre` (src/stdlib/re/mod.rs).

The native core parses a pattern (with CPython's error messages), compiles it and finds
matches, giving back spans in code points. This layer keeps what CPython also keeps in Python
or per object: the compile cache, the Pattern and Match objects, replacement templates for
sub() and expand(), the shapes of findall() and split() results, escape().

Flags are plain ints here (CPython's are `RegexFlag` members, which print as `re.IGNORECASE`);
Pattern reprs name them as CPython does.
"""

import _sre

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

# The order of CPython's pattern repr.
_FLAG_NAMES = [
    (TEMPLATE, "re.TEMPLATE"), (IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"),
    (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"), (UNICODE, "re.UNICODE"),
    (VERBOSE, "re.VERBOSE"), (DEBUG, "re.DEBUG"), (ASCII, "re.ASCII"),
]

_MAXSIZE = 9223372036854775807
_MAXGROUPS = 1073741823


class error(Exception):
    """Exception raised for invalid regular expressions (CPython's attributes: msg, pattern,
    pos, lineno, colno)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern[:pos].count(newline) + 1
            self.colno = pos - pattern[:pos].rfind(newline)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _clamp(value, length):
    if value < 0:
        return 0
    if value > length:
        return length
    return value


class Pattern:
    """A compiled regular expression (`re.compile`)."""

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)

    def __init__(self, pattern, flags):
        result = _sre.compile(pattern, flags)
        if result[0] is None:
            # The compiler's errors (no position) carry no pattern either, as in CPython.
            raise error(result[1], None if result[2] is None else pattern, result[2])
        self._code, self.flags, self.groups, self.groupindex = result
        self.pattern = pattern

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        names = []
        for value, name in _FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append(hex(flags))
        text = repr(self.pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _match(self, string, pos, endpos, mode):
        found = _sre.search(self._code, string, pos, endpos, mode)
        if found is None:
            return None
        length = len(string)
        return Match(self, string, _clamp(pos, length), _clamp(endpos, length), found)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        found = _sre.scan(self._code, string, pos, endpos, 0, False)
        length = len(string)
        pos = _clamp(pos, length)
        endpos = _clamp(endpos, length)
        return iter([Match(self, string, pos, endpos, t) for t in found])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        found = _sre.scan(self._code, string, pos, endpos, 0, False)
        groups = self.groups
        texts = 2 * groups + 3  # where group 0's text is in a match tuple
        empty = string[:0]
        result = []
        for t in found:
            if groups == 0:
                result.append(t[texts])
            elif groups == 1:
                text = t[texts + 1]
                result.append(empty if text is None else text)
            else:
                items = []
                for text in t[texts + 1:]:
                    items.append(empty if text is None else text)
                result.append(tuple(items))
        return result

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            _sre.scan(self._code, string, 0, 0, 1, False)  # the type checks of a real split
            return [string]
        found = _sre.scan(self._code, string, 0, _MAXSIZE, maxsplit, True)
        texts = 2 * self.groups + 3
        result = []
        for t in found[:-1]:
            result.append(t[-1])
            result.extend(t[texts + 1:-1])
        result.append(found[-1])
        return result

    def _subx(self, repl, string, count):
        if callable(repl):
            template = None
        elif isinstance(repl, (str, bytes)):
            template = _compile_template(self, repl)
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
        if count < 0:
            _sre.scan(self._code, string, 0, 0, 1, False)  # the type checks of a real sub
            return string, 0
        found = _sre.scan(self._code, string, 0, _MAXSIZE, count, True)
        if len(found) == 1:
            return string, 0
        length = len(string)
        pieces = []
        for t in found[:-1]:
            if t[-1]:
                pieces.append(t[-1])
            if template is None:
                item = repl(Match(self, string, 0, length, t))
            elif len(template) == 1 and not isinstance(template[0], int):
                item = template[0]
            else:
                item = _expand(template, Match(self, string, 0, length, t))
            if item is not None:
                pieces.append(item)
        if found[-1]:
            pieces.append(found[-1])
        return string[:0].join(pieces), len(found) - 1

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    """The result of a successful match: spans of the whole match and of every group."""

    def __class_getitem__(cls, item):
        from _generic_alias import GenericAlias
        return GenericAlias(cls, item)

    def __init__(self, pattern, string, pos, endpos, found):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self.lastindex = found[0]
        # found[2*g+1], found[2*g+2]: the span of group g, -1 when it did not take part;
        # found[self._texts + g]: its text, None when it did not take part.
        self._found = found
        self._texts = 2 * pattern.groups + 3

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        found = self._found
        return tuple((found[2 * g + 1], found[2 * g + 2]) for g in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _get(self, index, default):
        text = self._found[self._texts + index]
        return default if text is None else text

    def group(self, *groups):
        if not groups:
            return self._get(0, None)
        if len(groups) == 1:
            return self._get(self._index(groups[0]), None)
        return tuple(self._get(self._index(g), None) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group), None)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        result = {}
        for name, index in self.re.groupindex.items():
            result[name] = self._get(index, default)
        return result

    def start(self, group=0):
        return self._found[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._found[2 * self._index(group) + 2]

    def span(self, group=0):
        index = self._index(group)
        return self._found[2 * index + 1], self._found[2 * index + 2]

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._found[1], self._found[2], repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ----- replacement templates (CPython's _parser.parse_template) ----------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class _TemplateReader:
    """CPython's tokenizer over a replacement string: a token is one character or a
    backslash and the character after it."""

    def __init__(self, text):
        self.text = text
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.text):
            self.next = None
            return
        char = self.text[index]
        if char == "\\":
            index += 1
            if index >= len(self.text):
                raise error("bad escape (end of pattern)", self.text, len(self.text) - 1)
            char += self.text[index]
        self.index = index + 1
        self.next = char

    def get(self):
        this = self.next
        self._advance()
        return this

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def tell(self):
        return self.index - len(self.next or "")

    def error(self, msg, offset=0):
        return error(msg, self.text, self.tell() - offset)

    def get_until(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result


def _compile_template(pattern, template):
    """A replacement string as a list of literal strings and group numbers (a bytes template
    is read as Latin-1, as CPython does, and its literals are bytes again)."""
    if isinstance(template, bytes):
        items = _compile_template(pattern, str(template, "latin-1"))
        return [item.encode("latin-1") if isinstance(item, str) else item for item in items]
    if not isinstance(template, str):
        raise TypeError("expected str instance, %s found" % type(template).__name__)
    if "\\" not in template:
        return [template]
    s = _TemplateReader(template)
    items = []
    literal = []

    def add_group(index, offset):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, offset)
        if literal:
            items.append("".join(literal))
            del literal[:]
        items.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] != "\\":
            literal.append(this)
            continue
        c = this[1]
        if c == "g":
            if not s.match("<"):
                raise s.error("missing <")
            name = s.get_until(">", "group name")
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise s.error("bad character in group name %r" % name,
                                  len(name) + 1) from None
                if index >= _MAXGROUPS:
                    raise s.error("invalid group reference %d" % index, len(name) + 1)
            add_group(index, len(name) + 1)
        elif c == "0":
            if s.next is not None and s.next in "01234567":
                this += s.get()
                if s.next is not None and s.next in "01234567":
                    this += s.get()
            literal.append(chr(int(this[1:], 8) & 0xff))
        elif c in "0123456789":
            is_octal = False
            if s.next is not None and s.next in "0123456789":
                this += s.get()
                if (c in "01234567" and this[2] in "01234567" and s.next is not None
                        and s.next in "01234567"):
                    this += s.get()
                    is_octal = True
                    value = int(this[1:], 8)
                    if value > 0o377:
                        raise s.error("octal escape value %s outside of range 0-0o377"
                                      % this, len(this))
                    literal.append(chr(value))
            if not is_octal:
                add_group(int(this[1:]), len(this) - 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise s.error("bad escape %s" % this, len(this))
        else:
            literal.append(this)
    if literal:
        items.append("".join(literal))
    return items


def _expand(template, match):
    parts = []
    for item in template:
        if isinstance(item, int):
            parts.append(match.group(item) or match.string[:0])
        else:
            parts.append(item)
    return match.string[:0].join(parts)


# ----- the module's functions ----------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    flags & TEMPLATE  # a TypeError for flags that are not an int, as CPython's test
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    "Clear the regular expression cache."
    _cache.clear()


_SPECIAL_CHARS = {}
for _c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f":
    _SPECIAL_CHARS[ord(_c)] = "\\" + _c
del _c


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL_CHARS)
    return str(pattern, "latin-1").translate(_SPECIAL_CHARS).encode("latin-1")
