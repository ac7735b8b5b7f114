# Seed section 5.3 (创建线程的两种方式), way 1: instantiate threading.Thread.
# Output order depends on scheduling; the thread reprs include an ident that differs on every run.
import time
from threading import Thread,current_thread
def task():
    print('子线程',current_thread())
    print('子线程 runing!')
    time.sleep(0.1)
    print('子线程over')
# 第一种方法 实例化Thread类
if __name__ == '__main__':
    t = Thread(target=task)
    t.start()
    print('主进程',current_thread())
    print('主进程runing!')
    time.sleep(0.1)
    print('主进程over')
# current_thread() 指的时当前的线程
# 此时结果顺序是不定的 哪个线程先抢到谁就先执行 部分
