# Frame objects from sys._getframe and tracebacks: f_code, f_back, f_lineno, f_locals, f_globals.
import builtins
import sys


def inner(a, b=2):
    c = a + b
    f = sys._getframe()
    print(f.f_code.co_name, [f.f_locals[k] for k in "abc"])
    print(f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name, f.f_globals is globals())
    print(f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back)
    return f


def outer():
    x = "outer local"
    return inner(1)


fr = outer()
print(type(fr).__name__, fr.f_lasti > 0, fr.f_back.f_locals, fr.f_builtins is builtins.__dict__)
for bad in (50, 1000):
    try:
        sys._getframe(bad)
    except ValueError as e:
        print("ValueError:", e)
print(sys._getframe().f_locals is globals(), sys._getframe().f_code.co_name)


def thrower():
    y = 5
    raise KeyError("k")


try:
    thrower()
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno,
          tb.tb_next.tb_frame.f_back.f_code.co_name, tb.tb_next.tb_frame.f_lineno)
    print(tb.tb_frame.f_globals is globals(), tb.tb_frame.f_code.co_filename == __file__)


class K:
    z = 1
    print(sorted(sys._getframe().f_locals), sys._getframe().f_code.co_name)


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


print(list(gen()))
print([sys._getframe().f_code.co_name for _ in range(1)])
print(sorted(map(lambda v: sys._getframe(1).f_code.co_name + str(v), [2, 1])))


def caller_name():
    return sys._getframe(1).f_code.co_name


def who_calls():
    return caller_name()


print(who_calls(), caller_name())


def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n


def recurse(k):
    return depth() if k == 0 else recurse(k - 1)


print(depth(), recurse(10))


def closure_locals():
    shared = "cell"

    def use():
        return shared

    return sorted(sys._getframe().f_locals)


print(closure_locals())
