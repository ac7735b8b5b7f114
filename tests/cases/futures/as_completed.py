# as_completed yields every future once, finished ones first; timeout raises TimeoutError.
from concurrent.futures import ThreadPoolExecutor, as_completed, Future
import threading
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(lambda x: x * 3, i) for i in range(8)]
    print(sorted(f.result() for f in as_completed(fs)))
pending = Future()
done = Future()
done.set_result("ok")
got = []
try:
    for f in as_completed([done, pending], timeout=0.05):
        got.append(f.result())
except TimeoutError as e:
    print(got, e)
print(list(as_completed([])))
