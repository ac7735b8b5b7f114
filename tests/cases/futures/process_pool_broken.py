# A worker process that dies in the middle of a task breaks the pool: the pending futures get
# BrokenProcessPool (CPython's message for futures), and so does every later submit (its message
# for the pool).
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

def die():
    os._exit(1)

def ok():
    return 5

if __name__ == '__main__':
    ex = ProcessPoolExecutor(2)
    print(ex.submit(ok).result())
    f = ex.submit(die)
    try:
        f.result(timeout=5)
    except BrokenProcessPool as e:
        print(type(e).__name__, e)
    try:
        ex.submit(ok)
    except BrokenProcessPool as e:
        print(type(e).__name__, e)
    ex.shutdown()
    print("shut down")
