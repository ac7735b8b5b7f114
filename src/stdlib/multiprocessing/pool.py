# multiprocessing.pool: Pool (worker processes forked once, at creation) and ThreadPool, after
# CPython 3.11's design. Tasks go to the workers on one SimpleQueue (a pipe) and results come back
# on another; in the parent three daemon threads do the work that must not block the caller:
#  - the worker handler replaces workers that exited (maxtasksperchild) and, once the pool is
#    closed and every result is in (or it is terminated), tells the task handler to finish;
#  - the task handler takes (task generator, set_length) pairs off `_taskqueue` and serializes
#    each task onto the inqueue (a task that cannot be serialized fails its own result only);
#  - the result handler reads (job, index, (success, value)) and hands it to the job's result
#    object in `_cache`, which runs the callbacks and then wakes whoever waits on it.
# gilt has no collections/itertools/traceback/weakref modules: plain lists and loops instead.

import os
import queue
import threading
import time
import _serial

from multiprocessing import connection, util
from multiprocessing import TimeoutError

__all__ = ['Pool', 'ThreadPool']

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"


class _JobCounter:
    """itertools.count() for job ids; results are made by any thread, hence the lock."""

    def __init__(self):
        self._lock = threading.Lock()
        self._value = 0

    def __next__(self):
        with self._lock:
            value = self._value
            self._value += 1
        return value


job_counter = _JobCounter()


# Module-level so a task naming them crosses to the worker by reference.
def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    func = args[0]
    return [func(*a) for a in args[1]]


class PicklingError(_serial.SerialError):
    """What CPython's pool reports for a task it cannot send (pickle's PicklingError); gilt has
    no pickle, so the serializer's SerialError is re-raised as this subclass, same message."""
    __module__ = '_pickle'


# A task's exception comes back with the worker's traceback text attached as its __cause__, as
# CPython does: the exception itself crosses as usual, rebuild_exc reattaches the text.

class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    def __init__(self, exc, tb_text):
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb_text

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """A result the worker could not send back: its repr and the reason, which always can."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    """A worker's whole life: run tasks until the None sentinel, end of input, or maxtasks."""
    if (maxtasks is not None) and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    put = outqueue.put
    get = inqueue.get
    if hasattr(inqueue, '_writer'):
        # The child's copies of the ends it never uses: closing them lets it see end of file on
        # the inqueue once the parent is gone.
        inqueue._writer.close()
        outqueue._reader.close()

    if initializer is not None:
        initializer(*initargs)

    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        try:
            task = get()
        except (EOFError, OSError):
            break
        if task is None:
            break

        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                import _thread
                e = ExceptionWithTraceback(e, _thread._format_exception(e))
            result = (False, e)
        try:
            put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            put((job, i, (False, wrapped)))

        task = job = result = func = args = kwds = None
        completed += 1


def _helper_reraises_exception(ex):
    """Stands in for a task whose input iterable raised: the error reaches the result."""
    raise ex


class _PoolCache:
    """job id -> result object. Emptying it wakes the worker handler (through the notifier),
    which may be waiting for the last results of a closed pool before it finishes."""

    def __init__(self, notifier):
        self.notifier = notifier
        self._jobs = {}

    def __setitem__(self, job, result):
        self._jobs[job] = result

    def __getitem__(self, job):
        return self._jobs[job]

    def __delitem__(self, job):
        del self._jobs[job]
        if not self._jobs:
            self.notifier.put(None)

    def __contains__(self, job):
        return job in self._jobs

    def __len__(self):
        return len(self._jobs)

    def __bool__(self):
        return bool(self._jobs)

    def values(self):
        return list(self._jobs.values())


class Pool(object):
    """Worker processes that run functions on the caller's behalf, asynchronously if asked."""

    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        import multiprocessing
        return multiprocessing.ForkProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        # Set first so terminate/__repr__ work even if __init__ raises below.
        self._pool = []
        self._state = INIT

        self._ctx = context
        self._setup_queues()
        self._taskqueue = queue.SimpleQueue()
        # Wakes the worker handler: on close/terminate, and when the cache becomes empty.
        from multiprocessing.queues import SimpleQueue
        self._change_notifier = SimpleQueue()
        self._cache = _PoolCache(self._change_notifier)
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs

        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')

        self._processes = processes
        try:
            self._repopulate_pool()
        except Exception:
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
            for p in self._pool:
                p.join()
            raise

        self._worker_handler = threading.Thread(
            target=Pool._handle_workers,
            args=(self._cache, self._taskqueue, self._ctx, self.Process,
                  self._processes, self._pool, self._inqueue, self._outqueue,
                  self._initializer, self._initargs, self._maxtasksperchild,
                  self._wrap_exception, self._change_notifier, self._wait_for_updates))
        self._worker_handler.daemon = True
        self._worker_handler._state = RUN
        self._worker_handler.start()

        self._task_handler = threading.Thread(
            target=Pool._handle_tasks,
            args=(self._taskqueue, self._quick_put, self._outqueue, self._pool, self._cache))
        self._task_handler.daemon = True
        self._task_handler._state = RUN
        self._task_handler.start()

        self._result_handler = threading.Thread(
            target=Pool._handle_results,
            args=(self._outqueue, self._quick_get, self._cache))
        self._result_handler.daemon = True
        self._result_handler._state = RUN
        self._result_handler.start()

        # Priority 15: at exit this runs before queue feeders are flushed (10) and before
        # _exit_function terminates the daemonic workers, so the handler threads end first.
        self._terminate = util.Finalize(
            self, self._terminate_pool,
            args=(self._taskqueue, self._inqueue, self._outqueue, self._pool,
                  self._change_notifier, self._worker_handler, self._task_handler,
                  self._result_handler, self._cache, self._help_stuff_finish),
            exitpriority=15)
        self._state = RUN

    def __repr__(self):
        cls = self.__class__
        return '<%s.%s state=%s pool_size=%d>' % (cls.__module__, cls.__qualname__,
                                                  self._state, len(self._pool))

    @staticmethod
    def _join_exited_workers(pool):
        """Reap the workers that exited (maxtasksperchild reached); True if there were any."""
        cleaned = False
        for i in reversed(range(len(pool))):
            w = pool[i]
            if w.exitcode is not None:
                w.join()
                cleaned = True
                del pool[i]
        return cleaned

    def _repopulate_pool(self):
        return self._repopulate_pool_static(self._ctx, self.Process, self._processes,
                                            self._pool, self._inqueue, self._outqueue,
                                            self._initializer, self._initargs,
                                            self._maxtasksperchild, self._wrap_exception)

    @staticmethod
    def _repopulate_pool_static(ctx, Process, processes, pool, inqueue, outqueue,
                                initializer, initargs, maxtasksperchild, wrap_exception):
        """Start workers until there are `processes` of them."""
        for i in range(processes - len(pool)):
            w = Process(ctx, target=worker,
                        args=(inqueue, outqueue, initializer, initargs,
                              maxtasksperchild, wrap_exception))
            # ForkProcess-N becomes ForkPoolWorker-N, as in CPython (ThreadPool's threads keep
            # their own names).
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            pool.append(w)

    @staticmethod
    def _maintain_pool(ctx, Process, processes, pool, inqueue, outqueue, initializer,
                       initargs, maxtasksperchild, wrap_exception):
        if Pool._join_exited_workers(pool):
            Pool._repopulate_pool_static(ctx, Process, processes, pool, inqueue, outqueue,
                                         initializer, initargs, maxtasksperchild,
                                         wrap_exception)

    def _setup_queues(self):
        from multiprocessing.queues import SimpleQueue
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()
        writer = self._inqueue._writer

        def quick_put(obj):
            # The task handler is the only writer in the parent, and a worker reads whole
            # messages, so no lock. gilt's serializer error becomes pickle's, as CPython shows.
            try:
                data = _serial.dumps(obj)
            except PicklingError:
                raise
            except _serial.SerialError as e:
                raise PicklingError(*e.args) from None
            writer.send_bytes(data)

        self._quick_put = quick_put
        self._quick_get = self._outqueue._reader.recv

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; its result, or its exception raised here."""
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers in chunks."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], computed by the workers in chunks."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback,
                               error_callback)

    def _guarded_task_generation(self, result_job, func, iterable):
        """The tasks of one job; an error raised by the iterable becomes one last task that
        raises it in a worker, so it reaches the result instead of killing the task handler."""
        i = -1
        try:
            for x in iterable:
                i += 1
                yield (result_job, i, func, (x,), {})
        except Exception as e:
            yield (result_job, i + 1, _helper_reraises_exception, (e,), {})

    def imap(self, func, iterable, chunksize=1):
        """An iterator over func(x) for x in iterable, in order, as results arrive."""
        return self._imap(IMapIterator, func, iterable, chunksize,
                          "Chunksize must be 1+, not {0:n}")

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap, but results come in the order they are finished."""
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize,
                          "Chunksize must be 1+, not {0!r}")

    def _imap(self, iterator_class, func, iterable, chunksize, chunksize_error):
        # CPython words the two methods' chunksize errors differently; the caller passes its own.
        self._check_running()
        if chunksize == 1:
            tasks, task_func = iterable, func
        else:
            if chunksize < 1:
                raise ValueError(chunksize_error.format(chunksize))
            tasks, task_func = Pool._get_tasks(func, iterable, chunksize), mapstar
        result = iterator_class(self)
        self._taskqueue.put(
            (self._guarded_task_generation(result._job, task_func, tasks), result._set_length))
        return result if chunksize == 1 else _flatten(result)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """apply() without waiting: an ApplyResult."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """map() without waiting: a MapResult."""
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)

        if chunksize is None:
            # About four chunks per worker: few messages, yet the load still spreads.
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0

        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._taskqueue.put(
            (self._guarded_task_generation(result._job, mapper, task_batches), None))
        return result

    @staticmethod
    def _wait_for_updates(pool, change_notifier):
        # As CPython's: until a worker ends (its sentinel reads as closed) or the pool changes
        # (close, terminate, the cache emptied: the notifier). Thread workers (ThreadPool) have
        # no sentinel; a pool of them looks for ended workers every tenth of a second.
        sentinels = [getattr(w, '_sentinel', None) for w in pool]
        timeout = 0.1 if None in sentinels else None
        waitables = [s for s in sentinels if s is not None] + [change_notifier._reader]
        connection.wait(waitables, timeout)
        while not change_notifier.empty():
            change_notifier.get()

    @classmethod
    def _handle_workers(cls, cache, taskqueue, ctx, Process, processes, pool, inqueue,
                        outqueue, initializer, initargs, maxtasksperchild, wrap_exception,
                        change_notifier, wait_for_updates):
        thread = threading.current_thread()
        # Keep the workers up while the pool runs, and after close() until the last result is
        # in (a worker may reach maxtasksperchild with tasks still queued), unless terminated.
        while thread._state == RUN or (cache and thread._state != TERMINATE):
            cls._maintain_pool(ctx, Process, processes, pool, inqueue, outqueue, initializer,
                               initargs, maxtasksperchild, wrap_exception)
            wait_for_updates(pool, change_notifier)
        # Tell the task handler to finish (it then sends each worker its sentinel).
        taskqueue.put(None)

    @staticmethod
    def _handle_tasks(taskqueue, put, outqueue, pool, cache):
        thread = threading.current_thread()
        while True:
            item = taskqueue.get()
            if item is None:
                break
            taskseq, set_length = item
            task = None
            stopped = False
            for task in taskseq:
                if thread._state != RUN:
                    stopped = True
                    break
                try:
                    put(task)
                except Exception as e:
                    # This task only: its result gets the error, the pool goes on.
                    job, idx = task[:2]
                    try:
                        cache[job]._set(idx, (False, e))
                    except KeyError:
                        pass
            if stopped:
                break
            if set_length:
                idx = task[1] if task else -1
                set_length(idx + 1)
            task = taskseq = item = None

        try:
            # The result handler finishes once the cache is empty; the workers on None.
            outqueue.put(None)
            for p in pool:
                put(None)
        except OSError:
            pass

    @staticmethod
    def _handle_results(outqueue, get, cache):
        thread = threading.current_thread()

        while True:
            try:
                task = get()
            except (OSError, EOFError):
                return
            if thread._state != RUN:
                assert thread._state == TERMINATE, "Thread not in TERMINATE"
                break
            if task is None:
                break
            job, i, obj = task
            try:
                cache[job]._set(i, obj)
            except KeyError:
                pass
            task = job = obj = None

        # The task handler is done (closed pool): the results still due are collected.
        while cache and thread._state != TERMINATE:
            try:
                task = get()
            except (OSError, EOFError):
                return
            if task is None:
                continue
            job, i, obj = task
            try:
                cache[job]._set(i, obj)
            except KeyError:
                pass
            task = job = obj = None

        if hasattr(outqueue, '_reader'):
            # Make room in the pipe for the sentinels still to come (at most two).
            try:
                for i in range(10):
                    if not outqueue._reader.poll():
                        break
                    get()
            except (OSError, EOFError):
                pass

    @staticmethod
    def _get_tasks(func, it, size):
        """(func, chunk) for consecutive chunks of `size` items of `it`."""
        chunk = []
        for x in it:
            chunk.append(x)
            if len(chunk) >= size:
                yield (func, tuple(chunk))
                chunk = []
        if chunk:
            yield (func, tuple(chunk))

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def close(self):
        """No more tasks; the workers exit once the queued ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            self._worker_handler._state = CLOSE
            self._change_notifier.put(None)

    def terminate(self):
        """Stop now: queued tasks are dropped and the workers are terminated."""
        self._state = TERMINATE
        self._terminate()

    def join(self):
        """Wait for the handler threads and the workers (after close or terminate)."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    @staticmethod
    def _help_stuff_finish(inqueue, task_handler, size):
        # The task handler may be blocked writing to a full inqueue: read tasks off it until the
        # task handler is done. The read lock is taken for good (an idle worker holding it gets
        # its sentinel and lets go), so no worker picks up another task.
        inqueue._rlock.acquire()
        while task_handler.is_alive() and inqueue._reader.poll():
            inqueue._reader.recv_bytes()
            time.sleep(0)

    @classmethod
    def _terminate_pool(cls, taskqueue, inqueue, outqueue, pool, change_notifier,
                        worker_handler, task_handler, result_handler, cache,
                        help_stuff_finish):
        # Called once: by terminate(), or at exit by the Finalize.
        worker_handler._state = TERMINATE
        change_notifier.put(None)
        task_handler._state = TERMINATE

        help_stuff_finish(inqueue, task_handler, len(pool))

        if (not result_handler.is_alive()) and (len(cache) != 0):
            raise AssertionError("Cannot have cache with result_hander not alive")

        result_handler._state = TERMINATE
        change_notifier.put(None)
        outqueue.put(None)

        # The worker handler must be gone before the workers are, or it would replace them.
        if threading.current_thread() is not worker_handler:
            worker_handler.join()

        if pool and hasattr(pool[0], 'terminate'):
            for p in pool:
                if p.exitcode is None:
                    p.terminate()

        if threading.current_thread() is not task_handler:
            task_handler.join()

        if threading.current_thread() is not result_handler:
            result_handler.join()

        if pool and hasattr(pool[0], 'terminate'):
            for p in pool:
                if p.is_alive():
                    p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _flatten(chunks):
    for chunk in chunks:
        for item in chunk:
            yield item


class ApplyResult(object):
    """The result of one call: set by the result handler, waited for by anyone."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        # Callbacks run in the result handler thread, before waiters are woken.
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of a map: one list filled chunk by chunk; the first error wins."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                # Ready only once every chunk is back, so no worker still writes into it.
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator(object):
    """Results of imap in order: those arriving early wait in `_unsorted` for their turn."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            if not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration
                self._cond.wait(timeout)
                if not self._items:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration
                    raise TimeoutError
            item = self._items.pop(0)
        success, value = item
        if success:
            return value
        raise value

    def __next__(self):
        return self.next()

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


class _DummyProcess(threading.Thread):
    """A ThreadPool worker: a thread with the bits of Process the pool looks at."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._start_called = False

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None

    def start(self):
        self._start_called = True
        threading.Thread.start(self)


class ThreadPool(Pool):
    """A Pool of threads in this process: no serializing, exceptions come back unwrapped."""

    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        return _DummyProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()
        self._quick_put = self._inqueue.put
        self._quick_get = self._outqueue.get

    @staticmethod
    def _help_stuff_finish(inqueue, task_handler, size):
        # Drop what is queued and put the sentinels first, so the threads finish now.
        try:
            while True:
                inqueue.get(block=False)
        except queue.Empty:
            pass
        for i in range(size):
            inqueue.put(None)
