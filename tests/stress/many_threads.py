# 200 threads start and are joined; each records its name.
import threading

seen = []
lock = threading.Lock()


def work(i):
    with lock:
        seen.append(i)


threads = [threading.Thread(target=work, args=(i,)) for i in range(200)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), sorted(seen) == list(range(200)), threading.active_count())
