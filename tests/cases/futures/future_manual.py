# A bare Future: timeouts, set_result/set_exception, InvalidStateError, cancel rules.
from concurrent import futures
from concurrent.futures import Future, CancelledError, InvalidStateError
f = Future()
print(f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.01)
except futures.TimeoutError as e:
    print("TimeoutError", futures.TimeoutError is TimeoutError)
try:
    f.exception(timeout=0)
except TimeoutError:
    print("exception() timed out")
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_exception(KeyError("k"))
print(repr(f.exception()), f.done())
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
c = Future()
print(c.cancel(), c.cancel(), c.cancelled(), c.done())
try:
    c.result()
except CancelledError as e:
    print("CancelledError", repr(e))
try:
    c.exception()
except CancelledError:
    print("CancelledError from exception()")
print(issubclass(CancelledError, futures._base.Error) if hasattr(futures, "_base") else True)
