# logging: 8 threads, each with its own logger, log into one shared handler; %(threadName)s is
# the threading.Thread name; the records are printed sorted (the order of threads varies).
import io
import logging
import threading

lines = []


class ListHandler(logging.Handler):
    def emit(self, record):
        lines.append(self.format(record))


shared = ListHandler()
shared.setFormatter(logging.Formatter("%(threadName)s %(name)s %(levelname)s %(message)s"))
stream = io.StringIO()
sh = logging.StreamHandler(stream)
sh.setFormatter(logging.Formatter("%(threadName)s|%(message)s"))
parent = logging.getLogger("workers")
parent.addHandler(shared)
parent.addHandler(sh)
parent.setLevel(logging.INFO)
parent.propagate = False
start = threading.Barrier(8)


def work(n):
    log = logging.getLogger("workers.w%d" % n)
    start.wait()
    for i in range(25):
        log.info("step %02d of worker %d", i, n)
    log.warning("worker %d done", n)


threads = [threading.Thread(target=work, args=(n,), name="worker-%d" % n) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(lines))
for line in sorted(lines)[::13]:
    print(line)
print(sorted(set(line.split()[0] for line in lines)))
streamed = stream.getvalue().splitlines()
print(len(streamed), all(line.count("|") == 1 for line in streamed))
print(sorted(streamed)[-3:])
