# test: stderr
# An exception raised while finalizing an object is printed to stderr as
# "Exception ignored in: <repr of the __del__ callable>" with its traceback, and the program
# goes on (exit status 0). The __del__ here is a callable instance with a fixed repr, so the
# message holds no address (it takes *args: CPython calls it with none, being no descriptor).
import gc


class Boom:
    def __call__(self, *args):
        raise ValueError("boom")

    def __repr__(self):
        return "<Boom __del__>"


class Victim:
    __del__ = Boom()


v = Victim()
print("before del", flush=True)
del v
print("after del", flush=True)
w = Victim()
w.me = w
del w
gc.collect()
print("after collect", flush=True)
