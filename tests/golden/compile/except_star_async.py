try:
    work()
except* ValueError as e:
    handle(e)
except* TypeError:
    raise
async def f():
    async with lock as held:
        async for item in source:
            await item
    return [x async for x in source]
