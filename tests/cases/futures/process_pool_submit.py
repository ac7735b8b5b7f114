# ProcessPoolExecutor: submit() returns futures whose result() is computed in a worker process
# (not the parent), as a context manager; as_completed over them (results sorted); done() after the
# block; workers are named ForkProcess-N; args and kwargs reach the function.
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import current_process

parent = os.getpid()

def task(x, y=1, *, scale=1):
    return (x + y) * scale

def where():
    return current_process().name.rsplit("-", 1)[0], os.getpid() != parent

if __name__ == '__main__':
    with ProcessPoolExecutor(3) as ex:
        f = ex.submit(task, 1, 2, scale=10)
        print(f.result(), f.done(), f.exception())
        fs = [ex.submit(task, n) for n in range(6)]
        print([x.result() for x in fs])
        print(sorted(x.result() for x in as_completed(fs)))
        print(ex.submit(where).result())
        print(ex.submit(sorted, [3, 1, 2]).result())
    print(all(x.done() for x in fs), f.cancelled())
