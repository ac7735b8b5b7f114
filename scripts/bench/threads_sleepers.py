# Benchmark: 50 threads each sleep 10 ms ten times: about 0.1 s if sleeping releases the GIL.
import threading
import time


def sleeper(results, index):
    for _ in range(10):
        time.sleep(0.01)
    results[index] = True


results = [False] * 50
threads = [threading.Thread(target=sleeper, args=(results, i)) for i in range(50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("sleepers done", sum(results))
