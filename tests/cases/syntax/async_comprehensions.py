# async comprehensions: async for and await inside list, set and dict comprehensions
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Double:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        reply = yield f"doubling {self.value}"
        return self.value * 2

def run(coroutine):
    try:
        request = coroutine.send(None)
        while True:
            print("  suspended:", request)
            request = coroutine.send(None)
    except StopIteration as stop:
        return stop.value

async def main():
    print([x async for x in Count(4)])
    print([x * 10 async for x in Count(5) if x % 2])
    print({x async for x in Count(3)})
    print({x: x * x async for x in Count(3)})
    print([await Double(x) for x in range(3)])
    print([await Double(x) async for x in Count(2)])
    print([(x, y) async for x in Count(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in Count(2)])
    print([[y async for y in Count(x)] for x in range(4)])
    print([x async for x in Count(3) if await Double(x) > 2])
    return "done"

print(run(main()))

# The names of an async comprehension do not leak.
async def scope():
    x = "outer"
    result = [x async for x in Count(2)]
    return x, result
print(run(scope()))

# Errors: an async comprehension needs an async function.
def check(source):
    try:
        compile(source, "<case>", "exec")
        print("compiles")
    except SyntaxError as error:
        print(f"{type(error).__name__}: {error.msg} (line {error.lineno}, offset {error.offset})")

check("[x async for x in y]\n")
check("def f():\n    [x async for x in y]\n")
check("def f():\n    [await x for x in y]\n")
check("async def f():\n    def g():\n        {x async for x in y}\n")
check("async def f():\n    [[x async for x in y] for z in w]\n")
check("async def f():\n    {k: v async for k, v in y}\n")
check("def f():\n    async for x in y: pass\n")
check("def f():\n    async with x: pass\n")
check("async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n")
check("async def f():\n    yield 1\n    return 2\n")

# Errors at run time: objects that are not asynchronous iterables.
class NoAnext:
    def __aiter__(self):
        return 1
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
async def loop(iterable):
    return [x async for x in iterable]
async def loop_statement(iterable):
    async for x in iterable:
        pass
for iterable in [1, NoAnext(), BadAnext()]:
    for function in [loop, loop_statement]:
        try:
            run(function(iterable))
        except TypeError as error:
            print(function.__name__, type(error).__name__, error)
async def bad_await():
    await 3
try:
    run(bad_await())
except TypeError as error:
    print(type(error).__name__, error)
