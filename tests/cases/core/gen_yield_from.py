# yield from: delegating to sub-generators and iterables, passing return values, send through.
def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)


print(list(outer()))


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)


def delegator():
    result = yield from echo()
    yield "echo got " + str(result)


d = delegator()
print(next(d))
print(d.send("a"))
print(d.send("b"))
print(d.send(None))
