# logging: shutdown() flushes and closes every live handler, newest first; it also runs at exit.
import logging


class Noisy(logging.Handler):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def emit(self, record):
        print(self.tag, "emit", record.getMessage())

    def flush(self):
        print(self.tag, "flush")

    def close(self):
        print(self.tag, "close")
        super().close()


a = Noisy("a")
b = Noisy("b")
log = logging.getLogger("shut")
log.addHandler(a)
log.addHandler(b)
log.warning("hello")
logging.shutdown(handlerList=[logging._handlerList[-1]])
print("explicit shutdown of the newest done")
c = Noisy("c")
del c
print("at exit:")
