# ProcessPoolExecutor lifecycle: shutdown(wait=True) waits for submitted work; submit after
# shutdown is RuntimeError('cannot schedule new futures after shutdown'); shutdown twice is fine;
# cancel_futures=True cancels work not yet started; max_workers=0 is ValueError.
import time
from concurrent.futures import ProcessPoolExecutor

def slow(x):
    time.sleep(0.05)
    return x

if __name__ == '__main__':
    ex = ProcessPoolExecutor(2)
    fs = [ex.submit(slow, n) for n in range(4)]
    ex.shutdown(wait=True)
    print([f.result() for f in fs], all(f.done() for f in fs))
    try:
        ex.submit(slow, 9)
    except RuntimeError as e:
        print(type(e).__name__, e)
    ex.shutdown()
    print("second shutdown ok")
    ex = ProcessPoolExecutor(1)
    first = ex.submit(slow, 0)
    first.result()
    fs = [ex.submit(slow, n) for n in range(20)]
    ex.shutdown(wait=True, cancel_futures=True)
    print("some cancelled:", any(f.cancelled() for f in fs), "last cancelled:", fs[-1].cancelled())
    print("all done:", all(f.done() for f in fs))
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print(type(e).__name__, e)
