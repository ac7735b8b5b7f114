# time: monotonic and perf_counter increase, sleep waits, time() is recent, strftime of a fixed tuple.
import time

start = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.05)
elapsed = time.monotonic() - start
print(elapsed >= 0.04, elapsed < 5, time.perf_counter() > p0)
print(time.time() > 1_600_000_000, type(time.time()).__name__)
a = time.monotonic()
b = time.monotonic()
print(b >= a)
time.sleep(0)
print(time.strftime("%Y-%m-%d %H:%M:%S", (2024, 3, 9, 14, 5, 7, 5, 69, 0)))
print(time.strftime("%y/%m/%d %a %b %j", (1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(type(time.localtime()).__name__, len(time.localtime()) if hasattr(time.localtime(), "__len__") else 9)
t0 = time.time()
time.sleep(0.02)
print(time.time() - t0 >= 0.015)
