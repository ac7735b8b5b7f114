# Benchmark: a large live heap (about 1 000 000 tracked objects: 500 000 small instances,
# each holding a one-item list, kept alive in one list) and then 400 000 rounds of
# allocating and dropping small containers, one round in three a cycle, so that a collector
# that scans the whole old heap too often shows. The checksum line (stdout) depends only on
# what was computed. A gc.callbacks hook times every collection (start -> stop) and, at the
# end, after one explicit gc.collect() over the full live heap, the number of collections
# per generation and the pause p50 / max in ms go to stderr (the runner compares stdout only).
import gc
import sys
import time

pauses = []
per_generation = [0, 0, 0]
started = [0.0]


def timer(phase, info):
    if phase == "start":
        started[0] = time.perf_counter()
    else:
        pauses.append(time.perf_counter() - started[0])
        per_generation[info["generation"]] += 1


class Cell:
    def __init__(self, value):
        self.value = value
        self.items = [value]


def build(n):
    return [Cell(i) for i in range(n)]


def churn(heap, rounds):
    total = 0
    size = len(heap)
    for i in range(rounds):
        cell = heap[(i * 7919) % size]
        record = {"value": cell.value, "tags": [i, i + 1]}
        if i % 3 == 0:
            record["self"] = record
        pair = (record, [cell.items[0]])
        total += len(pair[0]) + pair[1][0] % 10
    return total


gc.callbacks.append(timer)
heap = build(500000)
checksum = churn(heap, 400000)
gc.collect()
gc.callbacks.remove(timer)
print("gc_live_heap checksum", checksum, len(heap), sum(c.items[0] for c in heap) % 1000003)
ordered = sorted(pauses)
if ordered:
    p50 = ordered[len(ordered) // 2] * 1000
    worst = ordered[-1] * 1000
    sys.stderr.write("collections gen0=%d gen1=%d gen2=%d; pause p50 %.3f ms, max %.3f ms (last: the "
                     "explicit full collect, %.3f ms)\n" % (per_generation[0], per_generation[1],
                                                            per_generation[2], p50, worst, pauses[-1] * 1000))
