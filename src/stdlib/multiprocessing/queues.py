# multiprocessing.queues: Queue, JoinableQueue and SimpleQueue, as CPython's.
# A Queue is a pipe plus, in each process that puts, a feeder thread: put() appends to a local
# buffer and returns; the feeder serializes and writes in the background (so put never blocks on
# a full pipe). maxsize is a bounded semaphore shared through fork. At exit the feeder is flushed
# and joined (a Finalize), so nothing put before exit is lost.

import os
import sys
import threading
import time
import _serial

from queue import Empty, Full

from multiprocessing import connection, util
from multiprocessing.synchronize import Lock, BoundedSemaphore, Semaphore, Condition, \
    SEM_VALUE_MAX

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_sentinel = object()


class Queue:

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = SEM_VALUE_MAX
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = Lock()
        self._opid = os.getpid()
        self._wlock = Lock()
        self._sem = BoundedSemaphore(maxsize)
        self._ignore_epipe = False
        self._reset()
        util.register_after_fork(self, Queue._after_fork)

    def _after_fork(self):
        self._reset()

    def _reset(self):
        self._notempty = threading.Condition(threading.Lock())
        self._buffer = []
        self._thread = None
        self._jointhread = None
        self._joincancelled = False
        self._closed = False
        self._close = None
        self._send_bytes = self._writer.send_bytes
        self._recv_bytes = self._reader.recv_bytes
        self._poll = self._reader.poll

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(obj)
            self._notempty.notify()

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is None:
            with self._rlock:
                res = self._recv_bytes()
            self._sem.release()
        else:
            if block:
                deadline = time.monotonic() + timeout
            if not self._rlock.acquire(block, timeout):
                raise Empty
            try:
                if block:
                    timeout = deadline - time.monotonic()
                    if not self._poll(timeout):
                        raise Empty
                elif not self._poll():
                    raise Empty
                res = self._recv_bytes()
                self._sem.release()
            finally:
                self._rlock.release()
        return _serial.loads(res)

    def qsize(self):
        return self._maxsize - self._sem._semlock._get_value()

    def empty(self):
        return not self._poll()

    def full(self):
        return self._sem._semlock._is_zero()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True
        close = self._close
        if close:
            self._close = None
            close()

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)
        if self._jointhread:
            self._jointhread()

    def cancel_join_thread(self):
        self._joincancelled = True
        try:
            self._jointhread.cancel()
        except AttributeError:
            pass

    def _start_thread(self):
        self._thread = threading.Thread(
            target=Queue._feed,
            args=(self._buffer, self._notempty, self._send_bytes, self._wlock,
                  self._reader.close, self._writer.close, self._ignore_epipe,
                  self._on_queue_feeder_error, self._sem),
            name='QueueFeederThread',
            daemon=True,
        )
        self._thread.start()
        if not self._joincancelled:
            self._jointhread = util.Finalize(
                self._thread, Queue._finalize_join, [self._thread], exitpriority=-5)
        self._close = util.Finalize(
            self, Queue._finalize_close, [self._buffer, self._notempty], exitpriority=10)

    @staticmethod
    def _finalize_join(thread):
        if thread is not None:
            thread.join()

    @staticmethod
    def _finalize_close(buffer, notempty):
        with notempty:
            buffer.append(_sentinel)
            notempty.notify()

    @staticmethod
    def _feed(buffer, notempty, send_bytes, writelock, reader_close, writer_close,
              ignore_epipe, onerror, queue_sem):
        while True:
            with notempty:
                while not buffer:
                    notempty.wait()
                items = buffer[:]
                del buffer[:]
            for obj in items:
                if obj is _sentinel:
                    try:
                        writer_close()
                    except OSError:
                        pass
                    return
                try:
                    data = _serial.dumps(obj)
                    with writelock:
                        send_bytes(data)
                except Exception as e:
                    if ignore_epipe and getattr(e, 'errno', 0) == 32:
                        return
                    onerror(e, obj)
                    queue_sem.release()

    @staticmethod
    def _on_queue_feeder_error(e, obj):
        import _thread
        sys.stderr.write(_thread._format_exception(e))
        sys.stderr.flush()

    def __repr__(self):
        return '<%s object>' % type(self).__name__


class JoinableQueue(Queue):

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished_tasks = Semaphore(0)
        self._cond = Condition()

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty, self._cond:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(obj)
            self._unfinished_tasks.release()
            self._notempty.notify()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._semlock._is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._semlock._is_zero():
                self._cond.wait()


class SimpleQueue:

    def __init__(self, *, ctx=None):
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = Lock()
        self._poll = self._reader.poll
        self._wlock = Lock()

    def close(self):
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._poll()

    def get(self):
        with self._rlock:
            res = self._reader.recv_bytes()
        return _serial.loads(res)

    def put(self, obj):
        obj = _serial.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(obj)
