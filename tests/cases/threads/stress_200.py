# 200 threads started and joined; each leaves one mark.
import threading
marks = []
def mark(i):
    marks.append(i)
ts = [threading.Thread(target=mark, args=(i,)) for i in range(200)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(marks), sorted(marks) == list(range(200)), threading.active_count())
