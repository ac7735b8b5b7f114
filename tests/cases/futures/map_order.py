# map yields results in input order, with several iterables.
from concurrent.futures import ThreadPoolExecutor
import time
def slow_id(x):
    time.sleep(0.001 * (5 - x % 5))
    return x
with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(slow_id, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    print(list(ex.map(str, [])))
    it = ex.map(lambda x: 10 // x, [5, 0, 1])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
