# An exception raised in a ProcessPoolExecutor worker comes back through the future: exception()
# returns an instance of the same type with the same args, result() raises it (also for a
# builtin function's error); the pool keeps working.
from concurrent.futures import ProcessPoolExecutor

class AppError(Exception):
    pass

def fail(kind):
    if kind == "value":
        raise ValueError("bad value", 42)
    if kind == "app":
        raise AppError("custom failure")
    if kind == "key":
        return {}["nope"]
    return "ok"

if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(fail, "value")
        e = f.exception()
        print(type(e).__name__, e.args, f.done())
        for kind in ["app", "key", "fine"]:
            try:
                print(ex.submit(fail, kind).result())
            except Exception as err:
                print(kind, "->", type(err).__name__, err)
        try:
            ex.submit(int, "x").result()
        except ValueError as err:
            print("builtin ->", err)
        print(ex.submit(fail, "again").result())
