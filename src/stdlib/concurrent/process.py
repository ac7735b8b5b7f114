# concurrent.futures.process: ProcessPoolExecutor, as CPython 3.11's with the fork start method.
#
# The parent keeps every submitted call in `_pending_work_items` (work id -> _WorkItem) and the
# ids not yet handed out in `_work_ids`. One manager thread per executor moves calls to the
# workers through a pipe, at most max_workers + 1 in flight (so the rest can still be
# cancelled), reads results from a second pipe, and completes the futures: done-callbacks run
# in that thread, in the parent. Workers are ForkProcess-N children forked on the first submit,
# all at once (CPython does so for fork). Calls and results cross in gilt's own serialized form;
# a call that cannot be serialized fails its own future, a result that cannot be serialized
# comes back as the worker's exception. At interpreter exit the manager finishes the pending
# work before the workers are stopped, so callbacks of unfinished futures still run.

import os
import threading
import _multiprocessing
import _serial

from concurrent.futures import Future, Executor, BrokenExecutor
import multiprocessing
from multiprocessing.queues import SimpleQueue

EXTRA_QUEUED_CALLS = 1
_BROKEN = ("A child process terminated abruptly, the process pool is not usable anymore")

_global_shutdown = False
_executors = []


class BrokenProcessPool(BrokenExecutor):
    """A worker process died abruptly: the pool can no longer be used."""


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    for executor in list(_executors):
        executor._wake()
    for executor in list(_executors):
        thread = executor._manager_thread
        if thread is not None:
            thread.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _send_result(result_queue, work_id, result=None, exception=None):
    try:
        result_queue.put((work_id, result, exception))
    except BaseException as e:
        result_queue.put((work_id, None, _picklable(e)))


def _picklable(exc):
    try:
        _serial.dumps(exc)
        return exc
    except BaseException:
        return RuntimeError("%s: %s" % (type(exc).__name__, exc))


def _process_worker(call_queue, result_queue, initializer, initargs):
    """The worker's loop: run calls until a None arrives."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            import sys
            import _thread
            sys.stderr.write("Exception in initializer:\n" + _thread._format_exception(e))
            return
    while True:
        call_item = call_queue.get()
        if call_item is None:
            return
        work_id, fn, args, kwargs = call_item
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            _send_result(result_queue, work_id, exception=_picklable(e))
        else:
            _send_result(result_queue, work_id, result=r)
        del call_item, fn, args, kwargs


class ProcessPoolExecutor(Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._initializer = initializer
        self._initargs = initargs
        self._manager_thread = None
        self._processes = {}
        self._shutdown_thread = False
        self._cancel_pending = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._work_ids = []
        self._call_queue = SimpleQueue()
        self._result_queue = SimpleQueue()
        self._wakeup_r, self._wakeup_w = os.pipe()

    def _wake(self):
        try:
            os.write(self._wakeup_w, b"x")
        except OSError:
            pass

    def _start_manager_thread(self):
        for _ in range(self._max_workers):
            p = multiprocessing.ForkProcess(target=_process_worker,
                            args=(self._call_queue, self._result_queue,
                                  self._initializer, self._initargs))
            p.start()
            self._processes[p.pid] = p
        self._manager_thread = threading.Thread(target=self._manage, daemon=True,
                                                name="ExecutorManagerThread")
        self._manager_thread.start()
        _executors.append(self)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            self._pending_work_items[self._queue_count] = _WorkItem(f, fn, args, kwargs)
            self._work_ids.append(self._queue_count)
            self._queue_count += 1
            if self._manager_thread is None:
                self._start_manager_thread()
            self._wake()
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if chunksize == 1:
            return super().map(fn, *iterables, timeout=timeout)
        items = list(zip(*iterables))
        chunks = [items[i:i + chunksize] for i in range(0, len(items), chunksize)]
        results = super().map(_process_chunk, [fn] * len(chunks), chunks, timeout=timeout)

        def flatten():
            for chunk in results:
                for item in chunk:
                    yield item
        return flatten()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending = cancel_futures
            self._shutdown_thread = True
            if self._manager_thread is not None:
                self._wake()
        if self._manager_thread is not None and wait:
            self._manager_thread.join()

    # The manager thread.

    def _in_flight(self):
        return len(self._pending_work_items) - len(self._work_ids)

    def _send_calls(self):
        """Hand calls to the workers while fewer than max_workers + 1 are in flight."""
        while self._work_ids and self._in_flight() < self._max_workers + EXTRA_QUEUED_CALLS:
            with self._shutdown_lock:
                if not self._work_ids:
                    return
                work_id = self._work_ids.pop(0)
            item = self._pending_work_items[work_id]
            if not item.future.set_running_or_notify_cancel():
                del self._pending_work_items[work_id]
                continue
            try:
                self._call_queue.put((work_id, item.fn, item.args, item.kwargs))
            except BaseException as e:
                del self._pending_work_items[work_id]
                item.future.set_exception(e)

    def _cancel_unsent(self):
        with self._shutdown_lock:
            ids = self._work_ids[:]
            del self._work_ids[:]
        for work_id in ids:
            item = self._pending_work_items.pop(work_id)
            item.future.cancel()

    def _shutting_down(self):
        return _global_shutdown or self._shutdown_thread

    def _manage(self):
        result_fd = self._result_queue._reader.fileno()
        while True:
            if self._shutting_down() and self._cancel_pending:
                self._cancel_unsent()
            self._send_calls()
            if self._shutting_down() and not self._pending_work_items:
                break
            # A result, a wake-up (submit, shutdown, exit), or a worker's sentinel: workers end
            # only after the loop, so a sentinel that reads as closed here is a worker that died.
            sentinels = [p.sentinel for p in self._processes.values()]
            ready = _multiprocessing.wait_readable([result_fd, self._wakeup_r] + sentinels, None)
            if self._wakeup_r in ready:
                os.read(self._wakeup_r, 4096)
            if result_fd in ready:
                # Results first: a worker may have sent its last one just before dying.
                try:
                    work_id, result, exception = self._result_queue.get()
                except BaseException:
                    self._mark_broken(_BROKEN)
                    return
                item = self._pending_work_items.pop(work_id, None)
                if item is not None:
                    if exception is not None:
                        item.future.set_exception(exception)
                    else:
                        item.future.set_result(result)
                    del item
            elif any(s in ready for s in sentinels):
                self._mark_broken(_BROKEN)
                return
        for _ in range(len(self._processes)):
            self._call_queue.put(None)
        for p in list(self._processes.values()):
            p.join()
        self._processes.clear()
        if self in _executors:
            _executors.remove(self)

    def _mark_broken(self, cause):
        with self._shutdown_lock:
            self._broken = cause
            self._shutdown_thread = True
        error = BrokenProcessPool("A process in the process pool was terminated abruptly "
                                  "while the future was running or pending.")
        for work_id, item in list(self._pending_work_items.items()):
            item.future.set_exception(error)
        self._pending_work_items.clear()
        del self._work_ids[:]
        for p in self._processes.values():
            p.terminate()
        for p in self._processes.values():
            p.join()
        if self in _executors:
            _executors.remove(self)
