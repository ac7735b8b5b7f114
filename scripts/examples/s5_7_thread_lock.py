# Seed section 5.7 (线程的安全问题): ten threads decrement a global under a Lock; prints 0.
# Note: `enumerate` here is threading.enumerate, which shadows the builtin.
# 通过10次子线程将10 变成0  那么就有多个子线程操作同一个资源  防止错乱 就得加上锁  那么主线程也得先让子线程运行完采取执行 需要join

import time
from threading import Thread,Lock,enumerate
look= Lock() # 建锁
num = 10
def task():
    global num
    look.acquire()
    a = num
    time.sleep(0.1)
    num = a-1
    look.release()
for i in range(10):
    t = Thread(target=task)
    t.start()
# print(enumerate()) 会显示所有线程名称
for t in enumerate()[1:]: # 返回当前活动的所有Thread对象的列表。
    t.join()
print(num)
