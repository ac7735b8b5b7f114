# Pool lifecycle: close() then join() waits for queued work; a call on a closed pool is
# ValueError('Pool not running'); join() before close() is ValueError('Pool is still running');
# terminate() stops workers still busy on long tasks; leaving a `with Pool()` block terminates it;
# Pool(0) is ValueError.
import time
from multiprocessing import Pool

def slow_square(x):
    time.sleep(0.05)
    return x * x

def forever(_):
    time.sleep(30)

if __name__ == '__main__':
    pool = Pool(2)
    results = [pool.apply_async(slow_square, (n,)) for n in range(4)]
    try:
        pool.join()
    except ValueError as e:
        print(type(e).__name__, e)
    pool.close()
    pool.join()
    print([r.get(0) for r in results])
    for call in [lambda: pool.apply(slow_square, (1,)), lambda: pool.map(slow_square, [1])]:
        try:
            call()
        except ValueError as e:
            print(type(e).__name__, e)
    pool = Pool(2)
    pool.map_async(forever, range(2))
    time.sleep(0.1)
    pool.terminate()
    pool.join()
    print("terminated")
    with Pool(1) as pool:
        r = pool.apply_async(forever, (0,))
        print("leaving with a task running, ready:", r.ready())
    print("left the block")
    try:
        Pool(0)
    except ValueError as e:
        print(type(e).__name__, e)
