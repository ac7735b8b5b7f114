# async for: asynchronous iterators (__aiter__/__anext__), driven by coro.send(None)
class Countdown:
    def __init__(self, start):
        self.current = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1

class Suspend:
    """An awaitable that suspends once, handing `tag` to whoever drives the coroutine."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        sent = yield self.tag
        return sent

class Slow:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        got = await Suspend(f"waiting for {self.items[0]}")
        return self.items.pop(0), got

def run(coroutine):
    """Drives a coroutine, answering each suspension with a counter."""
    counter = 0
    try:
        request = coroutine.send(None)
        while True:
            print("  suspended:", request)
            counter += 1
            request = coroutine.send(counter)
    except StopIteration as stop:
        return stop.value

async def main():
    async for n in Countdown(3):
        print("countdown", n)
    else:
        print("else after a loop that ran out")
    async for item, reply in Slow("ab"):
        print("slow item", item, "reply", reply)
    for outer in range(2):
        async for n in Countdown(5):
            if n == 4:
                continue
            if n == 2:
                break
            print("outer", outer, "n", n)
        else:
            print("unreachable else")
    async for a, b in Slow([(1, 2)]):
        print("unpacked target", a, b)
    total = 0
    async for n in Countdown(4):
        total += n
    return total

print("result", run(main()))

# The target can be any assignment target.
class Box:
    pass
async def targets():
    box = Box()
    values = [0, 0]
    async for box.attr in Countdown(2):
        pass
    async for values[1] in Countdown(1):
        pass
    return box.attr, values
print(run(targets()))

# return from inside an async for.
async def first_even():
    async for n in Countdown(9):
        if n % 2 == 0:
            return n
print("first even", run(first_even()))

# An exception in __anext__ other than StopAsyncIteration propagates.
class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise RuntimeError("broken iterator")
async def broken():
    async for _ in Broken():
        pass
try:
    run(broken())
except RuntimeError as error:
    print(type(error).__name__, error)

# An async generator is not needed: __anext__ may return any awaitable.
class ReturnsAwaitable:
    def __init__(self):
        self.left = 2
    def __aiter__(self):
        return self
    def __anext__(self):
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return Suspend(f"item {self.left}")
async def plain_anext():
    async for value in ReturnsAwaitable():
        print("value", value)
run(plain_anext())
