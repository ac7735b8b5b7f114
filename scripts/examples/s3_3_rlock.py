# Seed section 3.3 (递归锁 可重入锁): an RLock can be acquired again by the thread that holds it.
from threading import RLock, Lock, Thread

# l = Lock()
# l.acquire()
# print("1")
# l.acquire()
# print("2")
l = RLock()
# l.acquire()
# print("1")
# l.acquire()
# print("2")
def task():
    l.acquire()
    print("子run......")
    l.release()
# 主线程锁了一次
l.acquire()
l.acquire()
l.release()
l.release()
t1 = Thread(target=task)
t1.start()
