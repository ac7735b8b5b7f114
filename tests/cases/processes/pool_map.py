# Pool as a context manager: map, starmap and apply return results in argument order whatever
# worker ran them; chunksize does not change that; imap keeps order, imap_unordered is sorted here;
# the workers are daemon processes named ForkPoolWorker-N, distinct from the parent.
import os
from multiprocessing import Pool, current_process

def square(x):
    return x * x

def power(base, exp):
    return base ** exp

def whoami(_):
    me = current_process()
    return me.name.rsplit("-", 1)[0], me.daemon, os.getpid() != parent

parent = os.getpid()

if __name__ == '__main__':
    with Pool(3) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(10), chunksize=4))
        print(pool.map(square, []))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0), (5, 1)]))
        print(pool.apply(power, (2, 10)), pool.apply(power, kwds={"base": 3, "exp": 3}))
        print(list(pool.imap(square, range(8))))
        print(list(pool.imap(square, range(8), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(8))))
        it = pool.imap(square, [7, 8])
        print(next(it), next(it))
        print(sorted(set(pool.map(whoami, range(6)))))
        print(pool.map(len, ["a", "bb", "ccc"]))
