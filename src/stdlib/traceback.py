"""Extract, format and print information about Python stack traces."""

# gilt's traceback, as CPython 3.11's. Column positions come from `code.co_positions()` when the
# code object has it; gilt's code objects do not yet, so tracebacks made from live exceptions show
# no `~~~^^^` markers (gilt's own uncaught-exception printer does draw them). A FrameSummary given
# columns by hand gets them drawn as CPython draws them: the `~`/`^` anchors of a binary operation
# or a subscript are found by a small scanner of the segment where CPython parses it with `ast`.
# Wide characters count double by a table of the East Asian Wide and Fullwidth ranges (gilt has
# no unicodedata). Frames are gilt's frame pictures (see the README), which is all this needs.

import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ----- lists of entries ------------------------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of
    pre-processed entries from traceback."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ----- exceptions ------------------------------------------------------------------------------

_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_type, sys.last_value, sys.last_traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ----- stacks ----------------------------------------------------------------------------------

def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame, oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass  # the frame is still running
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame from a traceback.

    - :attr:`filename` The filename for the frame.
    - :attr:`lineno` The line within filename for the frame that was
      active when the frame was captured.
    - :attr:`name` The name of the function or method that was executing
      when the frame was captured.
    - :attr:`line` The text from the linecache module for the
      of code that was running when the frame was captured.
    - :attr:`locals` Either None if locals were not supplied, or a dict
      mapping the name to the repr() of the variable.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The line as the source has it, whitespace included.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame.

    This will follow f.f_back from the given frame. If no frame is given, the
    current stack is used. Usually used with StackSummary.extract.
    """
    if f is None:
        # As CPython: four frames out of this generator's, which is the caller of
        # StackSummary.extract(walk_stack(None)).
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame.

    This will follow tb.tb_next (and thus is in the opposite order to
    walk_stack). Usually used with StackSummary.extract.
    """
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # walk_tb with (lineno, end_lineno, colno, end_colno) for each entry.
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    positions = getattr(code, 'co_positions', None)
    if instruction_index < 0 or positions is None:
        return (None, None, None, None)
    index = instruction_index // 2
    for i, item in enumerate(positions()):
        if i == index:
            return item
    return (None, None, None, None)


_RECURSIVE_CUTOFF = 3  # as traceback.c's


def _repeated_line(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from a traceback or stack object."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None and limit < 0:
            frame_gen = list(frame_gen)[limit:]
        result = klass()
        fnames = set()
        # The limit is counted here, not by a wrapping generator: walk_stack(None) counts the
        # frames between it and its caller.
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            if limit is not None and 0 <= limit <= len(result):
                break
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            result.append(FrameSummary(
                filename, lineno, co.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary object from a supplied list of
        FrameSummary objects or old-style list of tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                row.append(_markers(frame_summary, stripped_line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing: a list of strings, one per frame, with
        long runs of the same frame and line cut after three."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            here = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or None in last or last != here:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last = here
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


# ----- the ~~~^^^ markers ----------------------------------------------------------------------

def _markers(frame_summary, stripped_line):
    """The marker line under a frame's source line, or '' when the failing part is the whole
    line (CPython draws none then)."""
    line = frame_summary._original_line
    stripped_characters = len(line) - len(frame_summary.line.lstrip())
    start_offset = _byte_offset_to_character_offset(line, frame_summary.colno)
    end_offset = _byte_offset_to_character_offset(line, frame_summary.end_colno)
    segment = line[start_offset:end_offset]
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        try:
            anchors = _extract_caret_anchors_from_line_segment(segment)
        except Exception:
            anchors = None
    else:
        end_offset = len(line.rstrip())
    if not (end_offset - start_offset < len(stripped_line) or
            (anchors and anchors[1] - anchors[0] > 0)):
        return ''
    dp_start = _display_width(line, start_offset) + 1
    dp_end = _display_width(line, end_offset) + 1
    out = ['    ', ' ' * (dp_start - stripped_characters)]
    if anchors:
        left_end = _display_width(segment, anchors[0])
        right_start = _display_width(segment, anchors[1])
        out.append('~' * left_end)
        out.append('^' * (right_start - left_end))
        out.append('~' * (dp_end - dp_start - right_start))
    else:
        out.append('^' * (dp_end - dp_start))
    out.append('\n')
    return ''.join(out)


def _byte_offset_to_character_offset(text, offset):
    return len(text.encode('utf-8')[:offset].decode("utf-8", errors="replace"))


# Operators of binary operations by binding power (ast.BinOp); `**` binds to the right.
_BINARY_POWER = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
                 '*': 6, '/': 6, '//': 6, '%': 6, '@': 6, '**': 8}
_OPERATORS = ('**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '<<', '>>', '<=', '>=',
              '==', '!=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=')
_NOT_AN_EXPRESSION = {'and', 'or', 'not', 'in', 'is', 'if', 'else', 'lambda', 'for', 'async',
                      'await', 'yield', 'raise', 'return', 'del', 'pass', 'break', 'continue',
                      'import', 'from', 'global', 'nonlocal', 'assert', 'while', 'with', 'try',
                      'except', 'finally', 'def', 'class', 'elif', 'as', 'match', 'case'}


def _tokens(segment):
    """(kind, text, start, end) for each token of a one-line segment; kinds: 'name', 'number',
    'string', 'op', 'open', 'close'. None when the segment does not tokenize."""
    out = []
    i = 0
    n = len(segment)
    while i < n:
        c = segment[i]
        if c in ' \t\f':
            i += 1
            continue
        if c == '#':
            break
        start = i
        if c.isalpha() or c == '_' or ord(c) > 127:
            while i < n and (segment[i].isalnum() or segment[i] == '_' or ord(segment[i]) > 127):
                i += 1
            word = segment[start:i]
            if i < n and segment[i] in '\'"' and word.lower() in (
                    'r', 'b', 'f', 'u', 'rb', 'br', 'fr', 'rf'):
                i = _string_end(segment, i)
                if i < 0:
                    return None
                out.append(('string', segment[start:i], start, i))
            else:
                out.append(('name', word, start, i))
        elif c.isdigit() or (c == '.' and i + 1 < n and segment[i + 1].isdigit()):
            while i < n and (segment[i].isalnum() or segment[i] in '._' or
                             (segment[i] in '+-' and segment[i - 1] in 'eE'
                              and not segment[start:i].lower().startswith('0x'))):
                i += 1
            out.append(('number', segment[start:i], start, i))
        elif c in '\'"':
            i = _string_end(segment, i)
            if i < 0:
                return None
            out.append(('string', segment[start:i], start, i))
        elif c in '([{':
            out.append(('open', c, i, i + 1))
            i += 1
        elif c in ')]}':
            out.append(('close', c, i, i + 1))
            i += 1
        else:
            for op in _OPERATORS:
                if segment.startswith(op, i):
                    break
            else:
                op = c
            i += len(op)
            out.append(('op', op, start, i))
    return out


def _string_end(segment, i):
    quote = segment[i:i + 3] if segment[i:i + 3] in ('"""', "'''") else segment[i]
    i += len(quote)
    while i < len(segment):
        if segment[i] == '\\':
            i += 2
            continue
        if segment.startswith(quote, i):
            return i + len(quote)
        i += 1
    return -1


def _is_operand_end(token):
    return token[0] in ('name', 'number', 'string', 'close') and \
        token[1] not in _NOT_AN_EXPRESSION


def _strip_grouping(tokens, lo, hi):
    """The token range [lo, hi) without parentheses that only group it (a parenthesized tuple,
    generator or empty pair keeps them, as ast's positions do)."""
    while hi - lo >= 2 and tokens[lo][1] == '(' and tokens[hi - 1][1] == ')':
        depth = 0
        inner_top = []
        for k in range(lo, hi):
            kind, text = tokens[k][0], tokens[k][1]
            if kind == 'open':
                depth += 1
            elif kind == 'close':
                depth -= 1
                if depth == 0 and k != hi - 1:
                    return lo, hi  # `(a) + (b)`: the first pair closes early
            elif depth == 1:
                inner_top.append(text)
        if hi - lo == 2 or ',' in inner_top or 'for' in inner_top or 'yield' in inner_top:
            return lo, hi
        lo, hi = lo + 1, hi - 1
    return lo, hi


def _extract_caret_anchors_from_line_segment(segment):
    """(left_end_offset, right_start_offset) of the operator of a binary operation or the
    brackets of a subscript that the segment is, else None."""
    if not segment or segment[0] in ' \t\f':
        return None  # ast would refuse the indent
    tokens = _tokens(segment)
    if not tokens:
        return None
    depth = 0
    top = []  # indexes of the tokens outside any bracket
    for k, token in enumerate(tokens):
        kind = token[0]
        if kind == 'open':
            if depth == 0:
                top.append(k)
            depth += 1
        elif kind == 'close':
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                top.append(k)
        elif depth == 0:
            top.append(k)
    if depth != 0:
        return None
    binary = []  # (power, index) of the binary operators outside brackets
    for position, k in enumerate(top):
        kind, text = tokens[k][0], tokens[k][1]
        if kind == 'name' and text in _NOT_AN_EXPRESSION:
            return None
        if kind != 'op' or text == '.':
            continue
        if text not in _BINARY_POWER:
            return None  # comparison, assignment, tuple, slice...: no BinOp at the top
        if position > 0 and _is_operand_end(tokens[top[position - 1]]):
            binary.append((_BINARY_POWER[text], k))
        elif text not in ('-', '+', '~') and text != '~':
            return None
    as_bytes = segment.encode('utf-8')

    def byte_offset(char_offset):
        return len(segment[:char_offset].encode('utf-8'))

    def normalize(offset):
        return len(as_bytes[:offset].decode('utf-8', errors='replace'))

    if binary:
        lowest = min(power for power, _ in binary)
        candidates = [k for power, k in binary if power == lowest]
        if lowest == 8:
            op_index = candidates[0]
            if tokens[0][0] == 'op':
                return None  # `-a ** b` is a unary operation
        else:
            op_index = candidates[-1]
        _, left_hi = _strip_grouping(tokens, 0, op_index)
        right_lo, _ = _strip_grouping(tokens, op_index + 1, len(tokens))
        if left_hi == 0 or right_lo >= len(tokens):
            return None
        left_end = byte_offset(tokens[left_hi - 1][3])
        right_start = byte_offset(tokens[right_lo][2])
        operator_start = normalize(left_end)
        operator_end = normalize(right_start)
        operator_str = segment[operator_start:operator_end]
        operator_offset = len(operator_str) - len(operator_str.lstrip())
        left_anchor = left_end + operator_offset
        right_anchor = left_anchor + 1
        if (operator_offset + 1 < len(operator_str)
                and not operator_str[operator_offset + 1].isspace()):
            right_anchor += 1
        while left_anchor < len(segment) and (segment[left_anchor].isspace()
                                              or segment[left_anchor] in ")#"):
            left_anchor += 1
            right_anchor += 1
        return (normalize(left_anchor), normalize(right_anchor))
    # A subscript: an operand whose last trailer is [...], nothing else outside brackets.
    last = tokens[-1]
    if last[1] != ']' or tokens[0][0] == 'op':
        return None
    opening = top[-2] if len(top) >= 2 else None
    if opening is None or tokens[opening][1] != '[' or opening == 0:
        return None
    if not _is_operand_end(tokens[opening - 1]):
        return None
    slice_lo, slice_hi = _strip_grouping(tokens, opening + 1, len(tokens) - 1)
    if slice_hi <= slice_lo:
        return None
    left_anchor = normalize(byte_offset(tokens[opening - 1][3]))
    right_anchor = normalize(byte_offset(tokens[slice_hi - 1][3]) + 1)
    while left_anchor < len(segment) and (segment[left_anchor].isspace()
                                          or segment[left_anchor] != "["):
        left_anchor += 1
    while right_anchor < len(segment) and (segment[right_anchor].isspace()
                                           or segment[right_anchor] != "]"):
        right_anchor += 1
    if right_anchor < len(segment):
        right_anchor += 1
    return (left_anchor, right_anchor)


# East Asian Wide (W) and Fullwidth (F) ranges, which a terminal shows two columns wide.
_WIDE_RANGES = (
    (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
    (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
    (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
    (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
    (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
    (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
    (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF),
    (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F),
    (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4), (0x17000, 0x18CFF),
    (0x1B000, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F200, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C),
    (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0),
    (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440), (0x1F442, 0x1F4FC),
    (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A),
    (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5),
    (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6EB, 0x1F6EC),
    (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
)


def _is_wide(char):
    code = ord(char)
    if code < 0x1100:
        return False
    for lo, hi in _WIDE_RANGES:
        if code < lo:
            return False
        if code <= hi:
            return True
    return False


def _display_width(line, offset):
    """Columns the first `offset` characters of `line` take on a terminal."""
    if line.isascii():
        return offset
    return sum(2 if _is_wide(char) else 1 for char in line[:offset])


# ----- TracebackException ----------------------------------------------------------------------

def _indent(text, prefix):
    return ''.join(prefix + line for line in text.splitlines(True))


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            yield _indent(text_gen, indent_str)
        else:
            for text in text_gen:
                yield _indent(text, indent_str)


def _is_sequence(value):
    try:
        import collections.abc
    except ImportError:
        return isinstance(value, (list, tuple, str, range))
    return isinstance(value, collections.abc.Sequence)


class TracebackException:
    """An exception ready for rendering.

    The traceback module captures enough attributes from the original exception
    to this intermediary form to ensure that no references are held, while
    still being able to fully print or format it.

    - :attr:`__cause__` A TracebackException of the original *__cause__*.
    - :attr:`__context__` A TracebackException of the original *__context__*.
    - :attr:`exceptions` For exception groups - a list of TracebackException
      instances for the nested *exceptions*.  ``None`` for other exceptions.
    - :attr:`__suppress_context__` The *__suppress_context__* value from the
      original exception.
    - :attr:`stack` A `StackSummary` representing the traceback.
    - :attr:`exc_type` The class of the original traceback.
    - :attr:`filename`, :attr:`lineno`, :attr:`end_lineno`, :attr:`text`,
      :attr:`offset`, :attr:`end_offset`, :attr:`msg` For syntax errors.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            # getattr: a SyntaxError made by gilt code from Python may lack the attributes.
            self.filename = getattr(exc_value, 'filename', None)
            lno = getattr(exc_value, 'lineno', None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, 'text', None)
            self.offset = getattr(exc_value, 'offset', None)
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = getattr(exc_value, 'msg', None)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False
        if is_recursive_call:
            return
        # The chain is followed with a work list, not recursion; `_seen` cuts cycles.
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth,
                       _seen=_seen)
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__,
                                           e.__cause__.__traceback__, **options)
            else:
                cause = None
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            if (e and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, **options)
            else:
                context = None
            if e and isinstance(e, BaseExceptionGroup):
                exceptions = [TracebackException(type(x), x, x.__traceback__, **options)
                              for x in e.exceptions]
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback: a generator of strings, each ending in
        a newline (for a SyntaxError, the lines showing where it is first), then the notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if _is_sequence(self.__notes__):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [part + '\n' for part in note.split('\n')]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # tabs and other whitespace are kept so the caret lines up
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}'.format(caretspace, '^' * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception: a generator of strings, each ending in a newline; the chained
        exceptions first (unless chain is false), the message of this one last."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _context_message, exc.__context__
                else:
                    chained_msg = chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        n = num_excs if num_excs <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                _ctx.need_close = True  # a nested group may draw the closing line itself
            truncated = self.max_group_width is not None and i >= self.max_group_width
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
