# atexit: functions called at interpreter exit, after the non-daemon threads are joined, the
# last registered first, as CPython's. An exception in one is reported and the others still run.

_exithandlers = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    import sys
    import _thread
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
            sys.stderr.write(_thread._format_exception(e))
