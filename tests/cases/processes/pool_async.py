# Pool's asynchronous calls: apply_async(...).get(), ready()/successful(), wait(); map_async with a
# callback (run in the parent with the whole result list); apply_async callbacks (collected, then
# sorted); get(timeout) raising multiprocessing.TimeoutError on a task that is still running, and
# successful() raising ValueError (its message holds the result's repr) until it is ready.
import time
import multiprocessing
from multiprocessing import Pool, current_process

def double(x):
    return 2 * x

def slow(seconds):
    time.sleep(seconds)
    return "slept"

got = []

def collect(result):
    got.append((current_process().name, result))

if __name__ == '__main__':
    with Pool(2) as pool:
        r = pool.apply_async(double, (21,))
        print(r.get(timeout=5), r.ready(), r.successful())
        rs = [pool.apply_async(double, (n,), callback=collect) for n in range(5)]
        for x in rs:
            x.wait()
        print([x.get() for x in rs])
        print(sorted(got))
        m = pool.map_async(double, [1, 2, 3], callback=collect)
        print(m.get(), got[-1])
        s = pool.apply_async(slow, (0.8,))
        try:
            s.get(timeout=0.05)
        except multiprocessing.TimeoutError as e:
            print(type(e).__name__, s.ready())
        try:
            s.successful()
        except ValueError as e:
            print("successful() before ready:", type(e).__name__)
        print(s.get(timeout=5), s.ready(), s.successful())
