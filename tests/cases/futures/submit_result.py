# submit returns Futures; result, done, running, cancelled after completion.
from concurrent.futures import ThreadPoolExecutor
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in fs])
    print(all(f.done() for f in fs), any(f.running() for f in fs), any(f.cancelled() for f in fs))
    f = ex.submit(pow, 2, 10)
    print(f.result(timeout=5), f.exception())
    kw = ex.submit(sorted, [3, 1, 2], reverse=True)
    print(kw.result())
