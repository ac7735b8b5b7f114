# Generator close(): GeneratorExit inside the generator, finally blocks, yielding during close.
def worker():
    try:
        print("started")
        while True:
            yield "working"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup in finally")


w = worker()
print(next(w))
print(next(w))
w.close()
print("closed")
w.close()
print("closing twice is fine")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
unstarted = worker()
unstarted.close()
print("closing an unstarted generator runs nothing")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def with_return():
    try:
        yield 1
    finally:
        print("finally on close")


r = with_return()
next(r)
r.close()
