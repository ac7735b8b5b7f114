# An exception raised in a pool task comes back to the parent: map raises it (the first failing
# item's: only one fails here), apply re-raises it with its type and message, apply_async's get() raises it and
# successful() is False, error_callback receives it; the pool keeps working afterwards.
from multiprocessing import Pool

class Custom(Exception):
    pass

def check(x):
    if x == 3:
        raise ValueError("bad item %d" % x)
    if x == 5:
        raise Custom("custom", x)
    return x

errors = []

if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            pool.map(check, [1, 2, 3, 4])
        except ValueError as e:
            print("map:", type(e).__name__, e)
        try:
            pool.apply(check, (5,))
        except Custom as e:
            print("apply:", type(e).__name__, e.args)
        r = pool.apply_async(check, (3,), error_callback=errors.append)
        r.wait()
        print("ready", r.ready(), "successful", r.successful())
        try:
            r.get()
        except ValueError as e:
            print("get:", e)
        print("error_callback got:", [type(e).__name__ + ": " + str(e) for e in errors])
        try:
            pool.apply(divmod, (1, 0))
        except ZeroDivisionError as e:
            print("builtin:", type(e).__name__, e)
        try:
            list(pool.imap(check, [1, 3]))
        except ValueError as e:
            print("imap:", e)
        print("still works:", pool.map(check, [1, 2]))
