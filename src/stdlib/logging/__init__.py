"""
Logging package for Python. Based on PEP 282 and comments thereto in
comp.lang.python.

To use, simply 'import logging' and log away!
"""

# gilt's logging, written from CPython 3.11's documented behaviour: loggers in a dotted hierarchy
# (PlaceHolder nodes for names only their children have used), records with every 3.11 attribute,
# the three format styles, handlers serialized by a threading.RLock each and the module's state by
# one module RLock, basicConfig, lastResort, captureWarnings, shutdown at exit.
#
# The rule a reader must keep: a logging call never raises because of a handler (emit errors go to
# handleError, which prints "--- Logging error ---" while raiseExceptions is true); only misuse
# of the API itself (a bad level, a non-string logger name) raises.
#
# Differences: this file is embedded in the binary, so its frames are named `<gilt:logging>`;
# findCaller skips them as CPython skips logging/__init__.py. The `$` style has its own small
# template substitution (CPython uses string.Template, with the same pattern and errors). Left
# out: logging.config (dictConfig, fileConfig, listen).

import sys
import os
import time
import io
import re
import threading
import traceback
import warnings
import weakref

try:
    from collections.abc import Mapping as _Mapping
except ImportError:
    _Mapping = None

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

_GenericAlias = type(list[int])

# The time the module was loaded: relativeCreated counts from it.
_startTime = time.time()

# While true, errors in handlers are reported on stderr (handleError); else they pass silently.
raiseExceptions = True

# Whether records carry thread, process and process-name information.
logThreads = True
logMultiprocessing = True
logProcesses = True


# ----- levels ----------------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """
    Return the textual or numeric representation of logging level 'level'.

    A registered level gives its name, a registered name its level, anything
    else the string 'Level %s' % level.
    """
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """
    Associate 'levelName' with 'level'.

    This is used when converting levels to text during message formatting.
    """
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def currentframe():
    """Return the frame object for the caller's stack frame."""
    return sys._getframe(1)


def _is_internal_frame(frame):
    """Signal whether the frame is one of this module's (or of the import machinery)."""
    filename = frame.f_code.co_filename
    return filename == _srcfile or ("importlib" in filename and "_bootstrap" in filename)


def _in_package(filename):
    """Whether `filename` is a file of the logging package (this one or logging.handlers...)."""
    if _srcfile.startswith('<'):
        return filename.startswith('<gilt:logging')
    return os.path.dirname(filename) == os.path.dirname(_srcfile)


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ----- the module lock -------------------------------------------------------------------------

# Serializes changes to the shared state: the logger hierarchy, the handler lists and maps, the
# level names. Reentrant, because a handler or filter may log while it is held.
_lock = threading.RLock()


def _acquireLock():
    """Acquire the module-level lock; release it with _releaseLock()."""
    if _lock:
        _lock.acquire()


def _releaseLock():
    """Release the module-level lock acquired by calling _acquireLock()."""
    if _lock:
        _lock.release()


def _reinit_lock(holder):
    # A forked child has one thread: locks that another thread held are made new.
    lock = holder.lock
    if lock is None:
        return
    reinit = getattr(lock, '_at_fork_reinit', None)
    if reinit is not None:
        reinit()
    else:
        holder.lock = threading.RLock()


if not hasattr(os, 'register_at_fork'):
    def _register_at_fork_reinit_lock(instance):
        pass
else:
    _at_fork_reinit_lock_weakset = weakref.WeakSet()

    def _register_at_fork_reinit_lock(instance):
        with _lock:
            _at_fork_reinit_lock_weakset.add(instance)

    def _after_at_fork_child_reinit_locks():
        global _lock
        for handler in list(_at_fork_reinit_lock_weakset):
            handler._at_fork_reinit()
        reinit = getattr(_lock, '_at_fork_reinit', None)
        if reinit is not None:
            reinit()
        else:
            _lock = threading.RLock()

    os.register_at_fork(before=_acquireLock,
                        after_in_child=_after_at_fork_child_reinit_locks,
                        after_in_parent=_releaseLock)


# ----- records ---------------------------------------------------------------------------------

def _is_mapping(value):
    if _Mapping is not None:
        return isinstance(value, _Mapping)
    return isinstance(value, dict) or (hasattr(value, 'keys') and hasattr(value, '__getitem__')
                                       and not isinstance(value, (str, bytes, list, tuple)))


class LogRecord(object):
    """
    A LogRecord instance represents an event being logged.

    LogRecord instances are created every time something is logged. They
    contain all the information pertinent to the event being logged. The
    main information passed in is in msg and args, which are combined
    using str(msg) % args to create the message field of the record. The
    record also includes information such as when the record was created,
    the source line where the logging call was made, and any exception
    information to be logged.
    """

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # One non-empty mapping as the only argument is the mapping for %(key)s formats.
        if args and len(args) == 1 and args[0] and _is_mapping(args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        if logProcesses and hasattr(os, 'getpid'):
            self.process = os.getpid()
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno,
                                                      self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """
        Return the message for this LogRecord after merging any user-supplied
        arguments with the message.
        """
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Set the factory to be used when instantiating a log record."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """Return the factory to be used when instantiating a log record."""
    return _logRecordFactory


def makeLogRecord(dict):
    """
    Make a LogRecord whose attributes are defined by the specified dictionary.
    """
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# ----- format styles ---------------------------------------------------------------------------

def _parse_str_format(text):
    """(literal, field_name, format_spec, conversion) for each part of a str.format string, as
    string.Formatter().parse gives them; ValueError with str.format's messages."""
    out = []
    i = 0
    n = len(text)
    literal = ''
    while i < n:
        c = text[i]
        if c == '}':
            if i + 1 < n and text[i + 1] == '}':
                out.append((literal + '}', None, None, None))
                literal = ''
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal += c
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            out.append((literal + '{', None, None, None))
            literal = ''
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # A replacement field: up to the matching '}', braces nesting inside the spec.
        depth = 1
        j = i + 1
        while j < n:
            if text[j] == '[':
                close = text.find(']', j)
                if close < 0:
                    break
            if text[j] == '{':
                depth += 1
            elif text[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth != 0 or j >= n:
            raise ValueError("expected '}' before end of string")
        field = text[i + 1:j]
        name_end = 0
        while name_end < len(field) and field[name_end] not in ':!':
            if field[name_end] == '[':
                close = field.find(']', name_end)
                if close < 0:
                    raise ValueError("Missing ']' in format string")
                name_end = close
            name_end += 1
        name = field[:name_end]
        conversion = None
        spec = ''
        rest = field[name_end:]
        if rest.startswith('!'):
            if len(rest) < 2:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = rest[1]
            rest = rest[2:]
            if rest and not rest.startswith(':'):
                raise ValueError("expected ':' after conversion specifier")
        if rest.startswith(':'):
            spec = rest[1:]
        out.append((literal, name, spec, conversion))
        literal = ''
        i = j + 1
    if literal:
        out.append((literal, None, None, None))
    return out


# string.Template's pattern: `$$`, `$name`, `${name}`, or a lone `$` (invalid).
_template_pattern = re.compile(
    r'\$(?:(?P<escaped>\$)|(?P<named>(?a:[_a-z][_a-z0-9]*))|'
    r'{(?P<braced>(?a:[_a-z][_a-z0-9]*))}|(?P<invalid>))', re.IGNORECASE)


def _template_substitute(template, values):
    def convert(m):
        named = m.group('named') or m.group('braced')
        if named is not None:
            return str(values[named])
        if m.group('escaped') is not None:
            return '$'
        start = m.start('invalid')
        lines = template[:start].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))
    return _template_pattern.sub(convert, template)


class PercentStyle(object):

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]',
                                    re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Validate the input format, ensure it matches the correct style"""
        if not self.validation_pattern.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        defaults = self._defaults
        values = defaults | record.__dict__ if defaults else record.__dict__
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    fmt_spec = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$',
                          re.I)
    field_spec = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        defaults = self._defaults
        values = defaults | record.__dict__ if defaults else record.__dict__
        return self._fmt.format(**values)

    def validate(self):
        """Validate the input format, ensure it is the correct string formatting style"""
        fields = set()
        try:
            for _, fieldname, spec, conversion in _parse_str_format(self._fmt):
                if fieldname:
                    if not self.field_spec.match(fieldname):
                        raise ValueError('invalid field name/expression: %r' % fieldname)
                    fields.add(fieldname)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not self.fmt_spec.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fields = set()
        for m in _template_pattern.finditer(self._fmt):
            if m.group('named'):
                fields.add(m.group('named'))
            elif m.group('braced'):
                fields.add(m.group('braced'))
            elif m.group(0) == '$':
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        defaults = self._defaults
        values = defaults | record.__dict__ if defaults else record.__dict__
        return _template_substitute(self._fmt, values)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter(object):
    """
    Formatter instances are used to convert a LogRecord to text.

    The format string uses the LogRecord's attributes: %(name)s, %(levelno)s,
    %(levelname)s, %(pathname)s, %(filename)s, %(module)s, %(lineno)d,
    %(funcName)s, %(created)f, %(asctime)s, %(msecs)d, %(relativeCreated)d,
    %(thread)d, %(threadName)s, %(process)d, %(processName)s, %(message)s
    (or the same names in the '{' and '$' styles).
    """

    # staticmethod: gilt binds a built-in function found on a class as a method (CPython does
    # not), which would pass the formatter as localtime's first argument.
    converter = staticmethod(time.localtime)

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def formatTime(self, record, datefmt=None):
        """
        Return the creation time of the specified LogRecord as formatted text:
        time.strftime(datefmt) of self.converter(record.created), or by default
        '2003-07-08 16:49:45,896' (the milliseconds after a comma).
        """
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """
        Format and return the specified exception information as a string,
        as traceback.print_exception prints it, without the last newline.
        """
        sio = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sio)
        s = sio.getvalue()
        sio.close()
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """Check if the format uses the creation time of the record."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """
        The text of a stack (as traceback.print_stack gives it, without the last
        newline) as it goes in the output; this one returns it unchanged.
        """
        return stack_info

    def format(self, record):
        """
        Format the specified record as text: record.message from getMessage(),
        record.asctime if the format uses it, the formatted message, then the
        exception text (cached in record.exc_text) and the stack information.
        """
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """
    A formatter suitable for formatting a number of records.
    """

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        """Return the header string for the specified records."""
        return ""

    def formatFooter(self, records):
        """Return the footer string for the specified records."""
        return ""

    def format(self, records):
        """Format the specified records and return the result as a string."""
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# ----- filters ---------------------------------------------------------------------------------

class Filter(object):
    """
    Filter instances are used to perform arbitrary filtering of LogRecords.

    The base filter class only allows events which are below a certain point
    in the logger hierarchy: "A.B" allows "A.B", "A.B.C" but not "A.BB".
    The empty name allows every event.
    """

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """Whether the record is to be logged (it may be modified in place)."""
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """
    A base class for loggers and handlers which allows them to share
    common code.
    """

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        """Add the specified filter to this handler."""
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        """Remove the specified filter from this handler."""
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """
        Whether a record is loggable: every filter (an object with a filter
        method, or a callable) must agree.
        """
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# ----- handlers --------------------------------------------------------------------------------

_handlers = weakref.WeakValueDictionary()  # handler name -> handler
_handlerList = []  # weak references, in creation order, for shutdown()


def _removeHandlerRef(wr):
    # Runs when a handler dies; at interpreter exit the module globals may be gone.
    acquire, release, handlers = _acquireLock, _releaseLock, _handlerList
    if acquire and release and handlers:
        acquire()
        try:
            handlers.remove(wr)
        except ValueError:
            pass
        finally:
            release()


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(weakref.ref(handler, _removeHandlerRef))


class Handler(Filterer):
    """
    Handler instances dispatch logging events to specific destinations.

    The base handler class. Handlers can optionally use Formatter instances to
    format records; without one, the module's default formatter is used.
    """

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        """Make the lock that serializes access to the underlying I/O."""
        self.lock = threading.RLock()
        _register_at_fork_reinit_lock(self)

    def _at_fork_reinit(self):
        _reinit_lock(self)

    def acquire(self):
        """Acquire the I/O thread lock."""
        if self.lock:
            self.lock.acquire()

    def release(self):
        """Release the I/O thread lock."""
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """Set the logging level of this handler.  level must be an int or a str."""
        self.level = _checkLevel(level)

    def format(self, record):
        """Format the record with this handler's formatter, else the default one."""
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        """Do whatever it takes to actually log the specified logging record."""
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """
        Emit the record if the filters pass it, holding the I/O lock; return
        whether they passed it.
        """
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        """Set the formatter for this handler."""
        self.formatter = fmt

    def flush(self):
        """Ensure all logging output has been flushed (nothing to do here)."""
        pass

    def close(self):
        """
        Tidy up any resources used by the handler: here, forget its name.
        Subclasses' close() must call this one.
        """
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """
        Handle errors which occur during an emit() call: while raiseExceptions
        is true, print the traceback, the call stack of the logging call and the
        record's message and arguments on stderr, else nothing.
        """
        if raiseExceptions and sys.stderr:
            t, v, tb = sys.exc_info()
            try:
                sys.stderr.write('--- Logging error ---\n')
                traceback.print_exception(t, v, tb, None, sys.stderr)
                sys.stderr.write('Call stack:\n')
                # The stack of the logging call, from the first frame outside this package.
                # (gilt's traceback frames stop at the traceback's first entry, so the walk
                # starts from the live frame, which has the same callers.)
                frame = sys._getframe(0)
                while frame and _in_package(frame.f_code.co_filename):
                    frame = frame.f_back
                if frame:
                    traceback.print_stack(frame, file=sys.stderr)
                else:
                    sys.stderr.write('Logged from file %s, line %s\n'
                                     % (record.filename, record.lineno))
                try:
                    sys.stderr.write('Message: %r\n'
                                     'Arguments: %s\n' % (record.msg, record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments'
                                     ' - possible formatting error.\nUse the'
                                     ' traceback above to help find the error.\n')
            except OSError:
                pass
            finally:
                del t, v, tb

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


class StreamHandler(Handler):
    """
    A handler class which writes logging records, appropriately formatted,
    to a stream (sys.stderr by default). It does not close the stream.
    """

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        """Flushes the stream."""
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        """Write the formatted record and the terminator to the stream, and flush it."""
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """
        Sets the StreamHandler's stream to the specified value, if it is
        different; returns the old stream, or None if it was not changed.
        """
        if stream is self.stream:
            return None
        result = self.stream
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)

    __class_getitem__ = classmethod(_GenericAlias)


def _text_encoding(encoding):
    # io.text_encoding: None means the locale's encoding, which open() spells "locale".
    return "locale" if encoding is None else encoding


class FileHandler(StreamHandler):
    """
    A handler class which writes formatted logging records to disk files.
    """

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode:
            self.encoding = _text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            # The stream is opened by the first emit; Handler, not StreamHandler, so that
            # no stream is set meanwhile.
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        """Closes the stream."""
        self.acquire()
        try:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def _open(self):
        """Open the base file with the handler's mode and encoding; return the stream."""
        encoding = self.encoding
        if encoding == "locale":
            encoding = None  # gilt's open() does not know the name "locale" (its default)
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=encoding, errors=self.errors)

    def emit(self, record):
        """
        Emit a record, opening the file first if 'delay' kept it closed (but
        not again after a close in mode 'w', which would truncate it).
        """
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename, level)


class _StderrHandler(StreamHandler):
    """
    Like a StreamHandler on sys.stderr, but always the sys.stderr of the
    moment rather than the one at construction time.
    """

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


# ----- the logger hierarchy --------------------------------------------------------------------

class PlaceHolder(object):
    """
    PlaceHolder instances take the place, in the Manager's hierarchy, of names
    no logger has been made for but that a logger's name passes through.
    """

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        """Add the specified logger as a child of this placeholder."""
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    """
    Set the class to be used when instantiating a logger. Its __init__ must
    take a name argument only and call Logger.__init__().
    """
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """Return the class to be used when instantiating a logger."""
    return _loggerClass


class Manager(object):
    """
    There is [under normal circumstances] just one Manager instance, which
    holds the hierarchy of loggers.
    """

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """
        Get the logger of a dotted name, making it if it does not exist yet (in
        place of a PlaceHolder, whose children then point to it).
        """
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            rv = self.loggerDict.get(name)
            if rv is None:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
            elif isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        """Set the class to be used when instantiating a logger with this Manager."""
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        """Set the factory to be used when instantiating a log record with this Manager."""
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Loggers or placeholders for every dotted prefix of the logger's name; its parent is
        the nearest existing logger (else the root)."""
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while i > 0 and not rv:
            prefix = name[:i]
            obj = self.loggerDict.get(prefix)
            if obj is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(obj, Logger):
                rv = obj
            else:
                obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        """The children of placeholder `ph` get `alogger` as parent (unless they already
        have a nearer one)."""
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        """Forget every logger's isEnabledFor answers (a level changed)."""
        with _lock:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """
    Instances of the Logger class represent a single logging channel, named in
    a dotted hierarchy ("input", "input.csv"); records go to the logger's
    handlers and, while propagate is true, to its ancestors'.
    """

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        """Set the logging level of this logger.  level must be an int or a str."""
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        """Log 'msg % args' with severity 'DEBUG'."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Log 'msg % args' with severity 'INFO'."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log 'msg % args' with severity 'WARNING'."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log 'msg % args' with severity 'ERROR'."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log an ERROR with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log 'msg % args' with severity 'CRITICAL'."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Don't use this method, use critical() instead."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log 'msg % args' with the integer severity 'level'."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """
        (filename, line number, function name, stack text or None) of the frame
        that made the logging call: `stacklevel` frames out of this module.
        """
        f = currentframe()
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                break
            f = next_f
            if not _is_internal_frame(f):
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            with io.StringIO() as sio:
                sio.write("Stack (most recent call last):\n")
                traceback.print_stack(f, file=sio)
                sinfo = sio.getvalue()
                if sinfo[-1] == '\n':
                    sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """
        Make the LogRecord (through the record factory); `extra`'s items become
        attributes, but may not replace one.
        """
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        """Make the record of a logging call and hand it to the handlers."""
        sinfo = None
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func = "(unknown file)", 0, "(unknown function)"
        else:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Call the handlers for the record, unless the logger is disabled or its filters
        refuse it."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Add the specified handler to this logger."""
        with _lock:
            if not (hdlr in self.handlers):
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        """Remove the specified handler from this logger."""
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """
        Whether this logger or an ancestor it propagates to has a handler.
        """
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        """
        Pass a record to the handlers of this logger and of its ancestors up to
        the first that does not propagate; with none at all, to lastResort.
        """
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first non-zero level of this logger and its ancestors (else NOTSET)."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Is this logger enabled for level 'level'?"""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            with _lock:
                if self.manager.disable >= level:
                    is_enabled = self._cache[level] = False
                else:
                    is_enabled = self._cache[level] = (level >= self.getEffectiveLevel())
            return is_enabled

    def getChild(self, suffix):
        """
        The logger named by this one's name, a dot and `suffix`:
        logging.getLogger('abc').getChild('def.ghi') is logging.getLogger('abc.def.ghi').
        """
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """
    The root of the hierarchy, named "root": it must have a level, and there
    is one.
    """

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """
    An adapter for loggers which makes it easier to specify contextual
    information in logging output: process() adds `extra` to every call.
    """

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """
        The message and keyword arguments of a logging call, changed to carry
        the contextual information; this one sets kwargs["extra"].
        """
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        """Delegate a debug call to the underlying logger."""
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Delegate an info call to the underlying logger."""
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Delegate a warning call to the underlying logger."""
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Delegate an error call to the underlying logger."""
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Delegate an exception call to the underlying logger."""
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Delegate a critical call to the underlying logger."""
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Delegate a log call to the underlying logger, after process()."""
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        """Is this logger enabled for level 'level'?"""
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        """Set the specified level on the underlying logger."""
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        """Get the effective level for the underlying logger."""
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        """See if the underlying logger has any handlers."""
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        """Low-level log implementation, proxied to allow nested logger adapters."""
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)

    __class_getitem__ = classmethod(_GenericAlias)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)

# The file of this module's code, for findCaller to skip its frames.
_srcfile = addLevelName.__code__.co_filename


# ----- configuration and the module-level functions --------------------------------------------

def basicConfig(**kwargs):
    """
    Do basic configuration for the logging system: unless the root logger
    already has handlers (or force is true), add a handler (a FileHandler for
    filename/filemode, else a StreamHandler on stream, default sys.stderr; or
    the given handlers) with a Formatter of format/datefmt/style, and set the
    root's level. Keywords: filename, filemode, format, datefmt, style, level,
    stream, handlers, force, encoding, errors.
    """
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    else:
                        encoding = _text_encoding(encoding)
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """
    Return a logger with the specified name, creating it if necessary.
    If no name is specified, return the root logger.
    """
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    """Log 'msg % args' with severity 'CRITICAL' on the root logger (basicConfig() first
    if it has no handlers)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """Don't use this function, use critical() instead."""
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Log 'msg % args' with severity 'ERROR' on the root logger (basicConfig() first
    if it has no handlers)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log an ERROR with the exception being handled on the root logger."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Log 'msg % args' with severity 'WARNING' on the root logger (basicConfig() first
    if it has no handlers)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, "
                  "use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log 'msg % args' with severity 'INFO' on the root logger (basicConfig() first
    if it has no handlers)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log 'msg % args' with severity 'DEBUG' on the root logger (basicConfig() first
    if it has no handlers)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log 'msg % args' with the integer severity 'level' on the root logger
    (basicConfig() first if it has no handlers)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Disable all logging calls of severity 'level' and below."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """
    Flush and close every handler still alive, the most recent first.
    Registered to run at exit.
    """
    for wr in reversed(handlerList[:]):
        try:
            h = wr()
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


class NullHandler(Handler):
    """
    This handler does nothing: a library adds it to its top-level logger so
    that an application without logging configuration sees no output from it.
    """

    def handle(self, record):
        """Stub."""

    def emit(self, record):
        """Stub."""

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ----- warnings through logging ----------------------------------------------------------------

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """
    warnings.showwarning while warnings are captured: a warning with no file
    is logged, as formatwarning formats it, at WARNING on "py.warnings".
    """
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
    else:
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(s))


def captureWarnings(capture):
    """
    If capture is true, redirect all warnings to the logging package;
    if false, send them to their original destinations again.
    """
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
