# Benchmark: collections.deque as a queue and a sliding window (issue 11: within 2x of CPython,
# whose deque is C). append/popleft, appendleft/pop, a bounded window, rotate and indexing.
from collections import deque


def queue_work(n):
    q = deque()
    total = 0
    for i in range(n):
        q.append(i)
        if len(q) > 100:
            total += q.popleft()
    while q:
        total += q.pop()
    return total


def window_work(n):
    window = deque(maxlen=64)
    total = 0
    for i in range(n):
        window.append(i * 7 % 1000)
        total += window[0] + window[-1]
    window.rotate(5)
    return total + window[3]


def stack_work(n):
    d = deque()
    total = 0
    for i in range(n):
        d.appendleft(i)
        if i % 3 == 0:
            total += d.pop()
    return total + len(d)


print("deque checksum", (queue_work(1_500_000) + window_work(1_000_000) + stack_work(1_000_000)) % 1000000007)
