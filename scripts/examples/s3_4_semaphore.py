# Seed section 3.4 (信号量): a Semaphore(5) lets five of ten threads in at a time (about 6 s).
# Output order depends on scheduling.
"""
信号量 了解 可以现在被锁定的代码 同时可以被多少线程并发访问
Lock 锁住一个马桶 同时只能有一个
Semaphore 锁住一个公共厕所 同时可以来一堆人 用途: 仅用于控制并发访问 并不能防止并发修改造成的问题
"""
from threading import Semaphore, Thread
import time
s = Semaphore(5)
def task():
    s.acquire()
    print("子run")
    time.sleep(3)
    print("子over")
    s.release()
for i in range(10):
    t = Thread(target=task)
    t.start()
