# async with: asynchronous context managers (__aenter__/__aexit__), suppression, unwinding
log = []

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        log.append(f"enter {self.name}")
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None} {exc}")
        return self.suspend_result()
    def suspend_result(self):
        return self.suppress

class Waits:
    def __await__(self):
        value = yield "paused"
        return value

class SlowResource:
    async def __aenter__(self):
        got = await Waits()
        log.append(f"slow enter got {got}")
        return self
    async def __aexit__(self, *exc_info):
        got = await Waits()
        log.append(f"slow exit got {got}")

def run(coroutine):
    counter = 0
    try:
        coroutine.send(None)
        while True:
            counter += 1
            coroutine.send(counter)
    except StopIteration as stop:
        return stop.value

async def main():
    async with Resource("a") as a, Resource("b") as b:
        log.append(f"body {a} {b}")
    async with Resource("quiet", suppress=True):
        raise ValueError("swallowed")
    log.append("after suppression")
    try:
        async with Resource("loud"):
            raise KeyError("propagates")
    except KeyError as error:
        log.append(f"caught {error!r}")
    async with SlowResource() as slow:
        log.append(f"inside slow {type(slow).__name__}")
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            if i == 2:
                break
            log.append(f"loop body {i}")
    return "done"

print(run(main()))
for entry in log:
    print(entry)
log.clear()

async def returns():
    async with Resource("r"):
        return "returned value"
print(run(returns()))
print(log)
log.clear()

# The exception seen by __aexit__ is the one being handled, and its context is kept.
import sys
class Inspect:
    async def __aenter__(self):
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await Waits()
        log.append(f"handled during __aexit__: {sys.exc_info()[1]!r}")
        return False
async def inspect():
    async with Inspect():
        raise IndexError("inner")
try:
    run(inspect())
except IndexError as error:
    print("propagated", repr(error))
print(log)

# Errors: objects that are not asynchronous context managers.
class NoExit:
    async def __aenter__(self):
        pass
class SyncEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *args):
        return 2
class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *args):
        return 2
async def use(manager):
    async with manager:
        pass
for manager in [1, NoExit(), SyncEnter(), SyncExit()]:
    try:
        run(use(manager))
    except TypeError as error:
        print(type(error).__name__, error)
