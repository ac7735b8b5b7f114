# Generator send() and throw(): values in, exceptions in, handled or not.
def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("generator handled", e)
            total = 0
            continue
        total += value


acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(acc.throw(ValueError("reset")))
print(acc.send(3))
try:
    acc.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(acc)
except StopIteration:
    print("generator is finished after an unhandled throw")
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)


def catcher():
    try:
        yield 1
    except RuntimeError:
        yield "caught and yielded"


c = catcher()
next(c)
print(c.throw(RuntimeError))
