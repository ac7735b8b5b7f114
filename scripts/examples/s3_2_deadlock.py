# Seed section 3.2 (死锁问题): two threads take the plate and the chopsticks in opposite orders.
# This deadlocks by design. gilt reports the deadlock and exits with status 3; CPython hangs
# forever (stop it with Ctrl-C, or run it under `timeout`).
import time
from multiprocessing import Lock
from threading import Thread,current_thread
# 盘子
lock1 = Lock()
# 筷子
lock2 = Lock()
def eat1():
    lock1.acquire()
    print("%s抢到了盘子" % current_thread().name)
    time.sleep(0.5)
    lock2.acquire()
    print("%s抢到了筷子" % current_thread().name)
    print("%s开吃了!" % current_thread().name)
    lock2.release()
    print("%s放下筷子" % current_thread().name)
    lock1.release()
    print("%s放下盘子" % current_thread().name)
def eat2():
    lock2.acquire()
    print("%s抢到了筷子" % current_thread().name)
    lock1.acquire()
    print("%s抢到了盘子" % current_thread().name)
    print("%s开吃了!" % current_thread().name)
    lock1.release()
    print("%s放下盘子" % current_thread().name)
    lock2.release()
    print("%s放下筷子" % current_thread().name)
if __name__ == '__main__':
    t1 = Thread(target=eat1)
    t2 = Thread(target=eat2)
    t1.start()
    t2.start()
'''
Thread-1抢到了盘子
Thread-2抢到了筷子
程序一直卡在这
'''
