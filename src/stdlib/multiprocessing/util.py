# multiprocessing.util: finalizers, after-fork hooks, and what a process runs on its way out.
# As CPython's: a Finalize with an exitpriority runs at exit (highest first; `_exit_function`
# runs those >= 0 before the children are terminated or joined, the rest after), and
# register_after_fork hooks run in every child a Process starts.

import os
import sys
import threading

_finalizer_registry = {}
_finalizer_counter = [0]
_afterfork_registry = []
_exiting = False


def info(msg, *args):
    pass


def debug(msg, *args):
    pass


def sub_debug(msg, *args):
    pass


class Finalize:
    """Call callback(*args, **kwargs) once: when called, or at exit for an exitpriority."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        if exitpriority is not None and not isinstance(exitpriority, int):
            raise TypeError("Exitpriority ({0!r}) must be None or int, not {1!s}".format(
                exitpriority, type(exitpriority)))
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        _finalizer_counter[0] += 1
        self._key = (exitpriority, _finalizer_counter[0])
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            return None
        if self._pid != os.getpid():
            res = None
        else:
            res = self._callback(*self._args, **self._kwargs)
        self._callback = self._args = self._kwargs = self._key = None
        return res

    def cancel(self):
        try:
            del _finalizer_registry[self._key]
        except KeyError:
            pass
        else:
            self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        return self._key in _finalizer_registry


def _run_finalizers(minpriority=None):
    """Run the finalizers whose exitpriority is at least minpriority (all with one when None),
    highest priority first, latest registered first among equals."""
    if minpriority is None:
        keys = [key for key in _finalizer_registry if key[0] is not None]
    else:
        keys = [key for key in _finalizer_registry
                if key[0] is not None and key[0] >= minpriority]
    keys.sort(reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception as e:
                import _thread
                sys.stderr.write("Error in finalizer:\n" + _thread._format_exception(e))
    if minpriority is None:
        _finalizer_registry.clear()


def is_exiting():
    return _exiting or _exiting is None


def register_after_fork(obj, func):
    _afterfork_registry.append((obj, func))


def _run_after_forkers():
    for obj, func in list(_afterfork_registry):
        try:
            func(obj)
        except Exception as e:
            info('after forker raised exception %s', e)


def _flush_std_streams():
    try:
        sys.stdout.flush()
    except (AttributeError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (AttributeError, ValueError):
        pass


def _close_stdin():
    # CPython points the child's stdin at /dev/null; gilt's sys.stdin reads fd 0 directly, so
    # the child keeps it (a child reading input is a race with the parent either way).
    pass


def _exit_function():
    """At exit (atexit in the main process, the end of _bootstrap in a child): queue feeders are
    closed, daemonic children terminated, the others joined, then every finalizer runs."""
    global _exiting
    if not _exiting:
        _exiting = True
        _run_finalizers(0)
        from multiprocessing import process
        for p in process.active_children():
            if p.daemon:
                p._popen.terminate()
        for p in process.active_children():
            p.join()
        _run_finalizers()


import atexit
atexit.register(_exit_function)
