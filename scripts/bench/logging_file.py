# Benchmark: 100 000 records through logging to a file: Logger.info/warning with %-arguments,
# findCaller's frame walk, LogRecord creation, a FileHandler's lock, flush and write, and a
# Formatter using several fields (asctime, levelname, name, funcName, lineno, message).
import logging
import os

directory = os.path.join(os.environ.get("TMPDIR", "/tmp"), "logging_bench_%d" % os.getpid())
os.makedirs(directory, exist_ok=True)
path = os.path.join(directory, "bench.log")

handler = logging.FileHandler(path, mode="w")
handler.setFormatter(logging.Formatter(
    "%(asctime)s %(levelname)-8s %(name)s %(funcName)s:%(lineno)d %(message)s"))
logger = logging.getLogger("bench.file")
logger.addHandler(handler)
logger.setLevel(logging.INFO)
logger.propagate = False


def work(count):
    for i in range(count):
        if i % 10 == 0:
            logger.warning("item %d of %d needs attention: %s", i, count, "check")
        else:
            logger.info("item %d processed in %.2f ms", i, i % 97 / 7)
        logger.debug("never written %d", i)


work(100_000)
handler.close()
logger.removeHandler(handler)

lines = 0
warnings = 0
with open(path) as f:
    for line in f:
        lines += 1
        if " WARNING  bench.file work:" in line:
            warnings += 1
os.remove(path)
os.rmdir(directory)
print("lines", lines, "warnings", warnings)
