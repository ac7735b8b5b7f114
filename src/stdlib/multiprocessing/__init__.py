# multiprocessing: processes forked from this one, and the ways they share data, as CPython's
# package with the fork start method (the only one gilt has: every child is a fork of the
# process that starts it). Objects cross between processes in gilt's own serialized form
# (_serial), not pickle's.

import os as _os

from multiprocessing import process as _process
from multiprocessing.process import current_process, active_children, parent_process
from multiprocessing import util as _util


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class Process(_process.BaseProcess):
    _start_method = None


class ForkProcess(_process.BaseProcess):
    # CPython's `multiprocessing.context.ForkProcess`, the fork context's process class: pools
    # and process pools make theirs from it, hence the names ForkProcess-N, ForkPoolWorker-N.
    _start_method = 'fork'


def cpu_count():
    num = _os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def Lock():
    from multiprocessing.synchronize import Lock
    return Lock()


def RLock():
    from multiprocessing.synchronize import RLock
    return RLock()


def Condition(lock=None):
    from multiprocessing.synchronize import Condition
    return Condition(lock)


def Semaphore(value=1):
    from multiprocessing.synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    from multiprocessing.synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Event():
    from multiprocessing.synchronize import Event
    return Event()


def Queue(maxsize=0):
    from multiprocessing.queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    from multiprocessing.queues import JoinableQueue
    return JoinableQueue(maxsize)


def SimpleQueue():
    from multiprocessing.queues import SimpleQueue
    return SimpleQueue()


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)
def Manager():
    """A started SyncManager: a server process holding shared objects for proxies."""
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def Pipe(duplex=True):
    from multiprocessing.connection import Pipe
    return Pipe(duplex)


def get_start_method(allow_none=False):
    return 'fork'


def get_all_start_methods():
    return ['fork']


def set_start_method(method, force=False):
    if method != 'fork':
        raise ValueError('cannot find context for %r' % method)


def freeze_support():
    pass


class _ForkContext:
    """What get_context('fork') returns: this module's API."""
    _name = 'fork'
    Process = ForkProcess

    def __getattr__(self, name):
        import multiprocessing
        return getattr(multiprocessing, name)

    def get_start_method(self, allow_none=False):
        return 'fork'


def get_context(method=None):
    if method not in (None, 'fork'):
        raise ValueError('cannot find context for %r' % method)
    return _ForkContext()


def RawValue(typecode_or_type, *args):
    from multiprocessing.sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from multiprocessing.sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)


def Value(typecode_or_type, *args, lock=True):
    from multiprocessing.sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    from multiprocessing.sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)
