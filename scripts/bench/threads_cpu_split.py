# Benchmark: the GIL's cost. The same CPU-bound loop run sequentially and split over two threads;
# prints both times' ratio (threaded / sequential) to stderr and a checksum to stdout.
import sys
import threading
import time

N = 1500000


def count(n, out, index):
    total = 0
    for i in range(n):
        total += i % 7
    out[index] = total


out = [0, 0]
start = time.perf_counter()
count(N, out, 0)
count(N, out, 1)
sequential = time.perf_counter() - start
checksum_sequential = sum(out)

out = [0, 0]
start = time.perf_counter()
threads = [threading.Thread(target=count, args=(N, out, i)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print("cpu split checksum", checksum_sequential, sum(out))
print("threaded/sequential time ratio: %.2f" % (threaded / sequential), file=sys.stderr)
