# An exception inside a pool task: future.exception() returns it, result() raises it.
from concurrent.futures import ThreadPoolExecutor
def fail(n):
    raise ValueError("task %d failed" % n)
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fail, 7)
    e = f.exception()
    print(type(e).__name__, e, f.done())
    try:
        f.result()
    except ValueError as err:
        print("raised:", err, err is e)
    z = ex.submit(lambda: 1 // 0)
    print(type(z.exception()).__name__)
