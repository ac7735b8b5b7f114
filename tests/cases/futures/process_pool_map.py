# ProcessPoolExecutor.map: results in argument order whatever worker finished first, several
# iterables stop at the shortest, chunksize changes nothing visible; an exception from one item
# is raised when iteration reaches that item, after the earlier results were yielded.
import time
from concurrent.futures import ProcessPoolExecutor

def slow_first(x):
    time.sleep(0.2 if x == 0 else 0.0)
    return x * 10

def add(a, b):
    return a + b

def inverse(x):
    return 1 / x

if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(slow_first, range(5))))
        print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
        print(list(ex.map(slow_first, range(7), chunksize=3)))
        print(list(ex.map(add, [], [])))
        got = []
        try:
            for r in ex.map(inverse, [1, 2, 0, 4]):
                got.append(r)
        except ZeroDivisionError as e:
            print("raised after", got, "->", type(e).__name__, e)
