"""
Additional handlers for the logging package for Python.

To use, simply 'import logging.handlers' and log away!
"""

# gilt's logging.handlers, as CPython 3.11's for the handlers that need no network: rotating
# files (by size, by time), a file watched for rotation by others, buffering in memory, queues
# and a queue listener thread. Left out: SocketHandler, DatagramHandler, SysLogHandler,
# SMTPHandler, NTEventLogHandler, HTTPHandler (gilt has no sockets yet).

import io
import logging
import os
import queue
import re
import threading
import time

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60  # seconds in a day


def _text_encoding(encoding):
    return "locale" if encoding is None else encoding


class BaseRotatingHandler(logging.FileHandler):
    """
    Base class for handlers that rotate log files at a certain point.
    Not meant to be instantiated directly.  Instead, use RotatingFileHandler
    or TimedRotatingFileHandler.
    """
    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        """Emit a record, rolling the file over first if shouldRollover() says so."""
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: self.namer(default_name) if namer is callable."""
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        """Rotate the current log: self.rotator(source, dest) if rotator is callable, else
        rename source (if it exists: with delay it may never have been made) to dest."""
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """
    Handler for logging to a set of files, which switches from one file
    to the next when the current file reaches a certain size: "app.log" is
    renamed "app.log.1" (and "app.log.1" "app.log.2", ... up to backupCount).
    """

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        # Rotation with 'w' would truncate the previous run's log: always append then.
        if maxBytes > 0:
            mode = 'a'
        if "b" not in mode:
            encoding = _text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        """Do a rollover, as described in __init__()."""
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                sfn = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                dfn = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(sfn):
                    if os.path.exists(dfn):
                        os.remove(dfn)
                    os.rename(sfn, dfn)
            dfn = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(dfn):
                os.remove(dfn)
            self.rotate(self.baseFilename, dfn)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Whether writing the record would take the file to maxBytes or beyond."""
        # Only regular files roll over (not /dev/null, a pipe...).
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return True
        return False


class TimedRotatingFileHandler(BaseRotatingHandler):
    """
    Handler for logging to a file, rotating the log file at certain timed
    intervals ('S', 'M', 'H', 'D', 'midnight', 'W0'-'W6'); the rotated file
    is named with the start of its interval. If backupCount is > 0, no more
    than backupCount files are kept - the oldest ones are deleted.
    """

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None,
                 errors=None):
        encoding = _text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when == 'S':
            self.interval = 1
            self.suffix = "%Y-%m-%d_%H-%M-%S"
            ext = r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"
        elif self.when == 'M':
            self.interval = 60
            self.suffix = "%Y-%m-%d_%H-%M"
            ext = r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"
        elif self.when == 'H':
            self.interval = 60 * 60
            self.suffix = "%Y-%m-%d_%H"
            ext = r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"
        elif self.when == 'D' or self.when == 'MIDNIGHT':
            self.interval = 60 * 60 * 24
            self.suffix = "%Y-%m-%d"
            ext = r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"
        elif self.when.startswith('W'):
            self.interval = 60 * 60 * 24 * 7
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            self.suffix = "%Y-%m-%d"
            ext = r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.extMatch = re.compile(ext, re.ASCII)
        self.interval = self.interval * interval
        filename = self.baseFilename
        if os.path.exists(filename):
            t = int(os.stat(filename).st_mtime)
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def computeRollover(self, currentTime):
        """The time of the next rollover after `currentTime`."""
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
            current_hour, current_minute, current_second, current_day = t[3], t[4], t[5], t[6]
            if self.atTime is None:
                rotate_ts = _MIDNIGHT
            else:
                rotate_ts = ((self.atTime.hour * 60 + self.atTime.minute) * 60 +
                             self.atTime.second)
            # Seconds from now to the rotation time of the day (tomorrow's if it has passed).
            r = rotate_ts - ((current_hour * 60 + current_minute) * 60 + current_second)
            if r < 0:
                r += _MIDNIGHT
                current_day = (current_day + 1) % 7
            result = currentTime + r
            if self.when.startswith('W'):
                day = current_day
                if day != self.dayOfWeek:
                    if day < self.dayOfWeek:
                        days_to_wait = self.dayOfWeek - day
                    else:
                        days_to_wait = 6 - day + self.dayOfWeek + 1
                    new_rollover_at = result + (days_to_wait * (60 * 60 * 24))
                    if not self.utc:
                        dst_now = t[-1]
                        dst_at_rollover = time.localtime(new_rollover_at)[-1]
                        if dst_now != dst_at_rollover:
                            new_rollover_at += -3600 if not dst_now else 3600
                    result = new_rollover_at
        return result

    def shouldRollover(self, record):
        """Whether the rollover time has come (the record is not looked at)."""
        t = int(time.time())
        if t >= self.rolloverAt:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        """The rotated files beyond the backupCount newest, oldest first."""
        dir_name, base_name = os.path.split(self.baseFilename)
        file_names = os.listdir(dir_name)
        result = []
        n, e = os.path.splitext(base_name)
        prefix = n + '.'
        plen = len(prefix)
        for file_name in file_names:
            if self.namer is None:
                if not file_name.startswith(base_name):
                    continue
            else:
                if (not file_name.startswith(base_name) and file_name.endswith(e) and
                        len(file_name) > (plen + 1) and not file_name[plen + 1].isdigit()):
                    continue
            if file_name[:plen] == prefix:
                suffix = file_name[plen:]
                for part in suffix.split('.'):
                    if self.extMatch.match(part):
                        result.append(os.path.join(dir_name, file_name))
                        break
        if len(result) < self.backupCount:
            return []
        result.sort()
        return result[:len(result) - self.backupCount]

    def doRollover(self):
        """Rename the file with the start of its interval, drop the oldest backups, open a
        new one, and work out the next rollover time."""
        if self.stream:
            self.stream.close()
            self.stream = None
        current_time = int(time.time())
        dst_now = time.localtime(current_time)[-1]
        t = self.rolloverAt - self.interval
        if self.utc:
            time_tuple = time.gmtime(t)
        else:
            time_tuple = time.localtime(t)
            dst_then = time_tuple[-1]
            if dst_now != dst_then:
                time_tuple = time.localtime(t + (3600 if dst_now else -3600))
        dfn = self.rotation_filename(self.baseFilename + "." +
                                     time.strftime(self.suffix, time_tuple))
        if os.path.exists(dfn):
            os.remove(dfn)
        self.rotate(self.baseFilename, dfn)
        if self.backupCount > 0:
            for s in self.getFilesToDelete():
                os.remove(s)
        if not self.delay:
            self.stream = self._open()
        new_rollover_at = self.computeRollover(current_time)
        while new_rollover_at <= current_time:
            new_rollover_at = new_rollover_at + self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and not self.utc:
            dst_at_rollover = time.localtime(new_rollover_at)[-1]
            if dst_now != dst_at_rollover:
                new_rollover_at += -3600 if not dst_now else 3600
        self.rolloverAt = new_rollover_at


class WatchedFileHandler(logging.FileHandler):
    """
    A handler for logging to a file, which watches the file to see if it has
    changed (its device or inode) since the last emit, as logrotate's renames
    do; then the file is opened again.
    """

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        if "b" not in mode:
            encoding = _text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            fstat = getattr(os, 'fstat', None)
            if fstat is not None:
                sres = fstat(self.stream.fileno())
            else:
                # gilt's os has no fstat: the path names the file just opened.
                sres = os.stat(self.baseFilename)
            self.dev, self.ino = sres.st_dev, sres.st_ino

    def reopenIfNeeded(self):
        """
        Reopen log file if needed: close the old stream and open the file
        again if the path now names another file (or none).
        """
        try:
            sres = os.stat(self.baseFilename)
        except FileNotFoundError:
            sres = None
        if not sres or sres.st_dev != self.dev or sres.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None  # if _open() fails, no closed stream stays
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        """Emit a record, reopening the file first if it has changed."""
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """
    A handler class which buffers logging records in memory; after each
    record shouldFlush() decides whether flush() runs.
    """

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        """Whether the buffer is up to capacity."""
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        """Append the record, then flush if shouldFlush() says so."""
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        """Empty the buffer (subclasses send it somewhere first)."""
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        """Flush, then close as any handler."""
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """
    A handler class which buffers logging records in memory, periodically
    flushing them to a target handler: when the buffer is full, or when a
    record of flushLevel or higher comes.
    """

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        """Check for buffer full or a record at the flushLevel or higher."""
        return (len(self.buffer) >= self.capacity) or (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        """Set the target handler for this handler."""
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        """Send the buffered records to the target, if there is one, and empty the buffer
        (which stays full while there is no target)."""
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        """Flush if flushOnClose, then drop the target and the buffer."""
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


def _copy_record(record):
    # copy.copy of a plain-attribute object, without importing copy.
    new = record.__class__.__new__(record.__class__)
    new.__dict__.update(record.__dict__)
    return new


class QueueHandler(logging.Handler):
    """
    This handler sends events to a queue (a queue.Queue, or a
    multiprocessing Queue to gather the logs of several processes).
    """

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        """Enqueue a record with put_nowait."""
        self.queue.put_nowait(record)

    def prepare(self, record):
        """
        The object to enqueue for a record: a copy of it whose msg and message
        are the formatted message, with args, exc_info, exc_text and
        stack_info set to None (they may not travel to another process).
        """
        msg = self.format(record)
        record = _copy_record(record)  # other handlers still see the original
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        """Put the prepared record on the queue."""
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """
    A thread that takes LogRecords from a queue and passes them to a list of
    handlers, until stop() puts the sentinel on the queue.
    """
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        """Dequeue a record and return it, optionally blocking."""
        return self.queue.get(block)

    def start(self):
        """Start the listener's (daemon) thread."""
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        """The record as the handlers get it: unchanged here."""
        return record

    def handle(self, record):
        """Offer the record to each handler (only those whose level it reaches, with
        respect_handler_level)."""
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level:
                process = True
            else:
                process = record.levelno >= handler.level
            if process:
                handler.handle(record)

    def _monitor(self):
        # The listener thread: handle records until the sentinel.
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
                if record is self._sentinel:
                    if has_task_done:
                        q.task_done()
                    break
                self.handle(record)
                if has_task_done:
                    q.task_done()
            except queue.Empty:
                break

    def enqueue_sentinel(self):
        """Put the sentinel on the queue with put_nowait."""
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Ask the thread to end after the records already queued, and wait for it."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
