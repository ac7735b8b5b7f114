# Seed section 2.7 (Manager类方法): a Manager dict shared by 10 processes, guarded by a Lock.
# Prints {'num': 0} when all 10 children finish within the parent's 2 s sleep (timing-dependent).
from multiprocessing import Process,Manager,Lock
import time
def task(data,l):
    l.acquire()
    num = data["num"] #
    time.sleep(0.1)
    data["num"] = num - 1
    l.release()
if __name__ == '__main__':
    # 让Manager开启一个共享的字典
    m = Manager()
    data = m.dict({"num":10})
    l = Lock()
    for i in range(10):
        p = Process(target=task,args=(data,l))
        p.start()
    time.sleep(2)
    print(data)
    # 需要强调的是 Manager创建的一些数据结构是不带锁的 可能会出现问题
