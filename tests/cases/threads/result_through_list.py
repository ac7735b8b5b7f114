# Threads return results through shared structures; join waits for all of them.
import threading

results = [None] * 5


def square(i):
    results[i] = i * i


threads = [threading.Thread(target=square, args=(i,), name="worker-%d" % i) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, [t.name for t in threads], [t.is_alive() for t in threads])
