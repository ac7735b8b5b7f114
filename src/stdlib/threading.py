"""Thread module emulating a subset of Java's threading model (gilt's, after CPython 3.11's).

Built on `_thread` as CPython's is. Invariants: `_active` maps the ident of every running
thread known to this module (started here, the main thread, or a dummy for a foreign thread)
to its Thread; `_limbo` holds threads between start() and their first bytecode. A thread's
`_tstate_lock` is held by the thread itself for its whole run: join() and is_alive() wait on it.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
RLock = _thread.RLock
_CRLock = _thread.RLock
stack_size = _thread.stack_size

_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


class Condition:
    """A condition variable over a lock; each wait() parks on a lock of its own."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock with the RLock protocol saves and restores its recursion level across wait().
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot tell its owner: free means nobody (so not us) owns it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # A waiter that timed out already: it removes itself.
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, blocking at zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s>" % (cls.__module__, cls.__qualname__,
                                            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return ("<%s.%s at %s: value=%s/%s>" %
                (cls.__module__, cls.__qualname__, hex(id(self)),
                 self._value, self._initial_value))

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """A flag threads can wait on until another sets it.

    The flag and its waiters live in a native `_thread._Event` (CPython builds them from a
    Condition in Python): a hand-over through an Event then costs two native calls."""

    def __init__(self):
        self._core = _thread._Event()

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._core.is_set() else 'unset'
        return "<%s.%s at %s: %s>" % (cls.__module__, cls.__qualname__, hex(id(self)), status)

    def _at_fork_reinit(self):
        self._core = _thread._Event()

    def is_set(self):
        return self._core.is_set()

    def isSet(self):
        return self._core.is_set()

    def set(self):
        self._core.set()

    def clear(self):
        self._core.clear()

    def wait(self, timeout=None):
        return self._core.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Parties threads meet: each wait() returns once all have arrived.

    `_state`: 0 filling, 1 draining, -1 resetting, -2 broken.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %s: broken>" % (cls.__module__, cls.__qualname__, hex(id(self)))
        return ("<%s.%s at %s: waiters=%s/%s>" %
                (cls.__module__, cls.__qualname__, hex(id(self)),
                 self.n_waiting, self.parties))

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_counter_value = [0]


def _newname(name_template):
    _counter_value[0] += 1
    return name_template % _counter_value[0]


_active_limbo_lock = RLock()
_active = {}
_limbo = []


class ExceptHookArgs:
    """What excepthook receives: exc_type, exc_value, exc_traceback, thread (a 4-sequence)."""

    def __init__(self, values):
        values = tuple(values)
        if len(values) != 4:
            raise TypeError("threading.ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(values))
        self._values = values

    @property
    def exc_type(self):
        return self._values[0]

    @property
    def exc_value(self):
        return self._values[1]

    @property
    def exc_traceback(self):
        return self._values[2]

    @property
    def thread(self):
        return self._values[3]

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __repr__(self):
        return ("threading.ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % self._values)


def excepthook(args):
    """Report an exception that escaped a thread's run(), as CPython does, on sys.stderr."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    if args.exc_value is not None:
        stderr.write(_thread._format_exception(args.exc_value))
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc_type, exc_value, exc_traceback):
    """Call the excepthook installed now; a failing hook is reported through sys.excepthook."""
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((exc_type, exc_value, exc_traceback, thread)))
    except BaseException as hook_exc:
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        stderr.write(_thread._format_exception(hook_exc))
        stderr.flush()


class Thread:
    """A thread of control: start() runs run() (by default the target) in a new OS thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo.append(self)
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                _limbo.remove(self)
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so a finished thread does not keep its arguments alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except BaseException:
            if _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                if self in _limbo:
                    _limbo.remove(self)
            self._started.set()
            # Name this OS thread for gilt's trace and deadlock reports.
            _thread._set_thread_name(self._name)
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException:
                _invoke_excepthook(self, *_sys.exc_info())
        finally:
            self._delete()
            lock = self._tstate_lock
            if lock is not None:
                lock.release()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _delete(self):
        with _active_limbo_lock:
            if _active.get(get_ident()) is self:
                del _active[get_ident()]

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._ident = _thread._main_ident()
        if self._ident == get_ident():
            self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread threading did not start (one from `_thread.start_new_thread`)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    return current_thread()


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo)


def main_thread():
    return _main_thread


_threading_atexits = []


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at interpreter exit, before non-daemon threads are joined."""
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """At interpreter exit: wait for every non-daemon thread (threads may start more meanwhile)."""
    if _main_thread._is_stopped:
        return
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    me = current_thread()
    tlock = _main_thread._tstate_lock
    if tlock is not None and tlock.locked():
        tlock.release()
    _main_thread._stop()
    while True:
        with _active_limbo_lock:
            pending = [t for t in list(_active.values()) + list(_limbo)
                       if not t._daemonic and t is not me and t is not _main_thread]
        pending = [t for t in pending if t._started.is_set() and t.is_alive()
                   or not t._started.is_set()]
        if not pending:
            break
        for t in pending:
            if t._started.is_set():
                t.join()
            else:
                # Between start() and its first bytecode: wait until it runs, then join it.
                t._started.wait()
                t.join()


def _after_fork():
    """In a forked child (called by os.fork): only the forking thread survives, and it becomes
    the main thread; every other Thread object is marked stopped, as CPython's does."""
    global _active_limbo_lock, _main_thread
    _active_limbo_lock = RLock()
    ident = get_ident()
    current = _active.get(ident)
    if current is None:
        # A thread `threading` did not start: _main_ident() is already this one's.
        current = _MainThread()
    _main_thread = current
    for thread in list(_active.values()) + list(_limbo):
        if thread is not current:
            thread._is_stopped = True
            thread._tstate_lock = None
    current._ident = ident
    current._set_native_id()
    if current._tstate_lock is not None:
        current._tstate_lock = _allocate_lock()
        current._tstate_lock.acquire()
    _limbo.clear()
    _active.clear()
    _active[ident] = current


class local:
    """Thread-local data: each thread sees its own attributes.

    The per-thread dicts are kept by thread ident (gilt's idents are never reused). Attributes
    never reach the instance dict, so ordinary lookup misses them and `__getattr__` serves them.
    A thread that first touches the object gets a fresh dict and, as in CPython, `__init__` runs
    again there with the constructor's arguments.
    """

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__impl', (args, kw, {get_ident(): {}}))
        return self

    def _local__dict(self):
        args, kw, dicts = object.__getattribute__(self, '_local__impl')
        key = get_ident()
        d = dicts.get(key)
        if d is None:
            d = {}
            dicts[key] = d
            cls = type(self)
            if cls.__init__ is not object.__init__:
                cls.__init__(self, *args, **kw)
        return d

    def __getattr__(self, name):
        if name == '_local__impl':
            raise AttributeError(name)
        d = local._local__dict(self)
        try:
            return d[name]
        except KeyError:
            # The base class is `_thread._local` in CPython, and its messages say so.
            type_name = '_thread._local' if type(self) is local else type(self).__name__
            raise AttributeError(
                "'%s' object has no attribute '%s'" % (type_name, name)) from None

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        d = local._local__dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


_main_thread = _MainThread()
