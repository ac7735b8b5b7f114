# Seed section 2.6 (守护进程): a daemon child is terminated when the parent ends.
# Runs as written in about 3 s: the child's time.sleep(50) never completes, because the parent
# terminates its daemon child at exit, so "妃子病逝了......" is never printed.
from multiprocessing import Process
import time
# 妃子的一生
def task():
    print("入宫了.....")
    time.sleep(50)
    print("妃子病逝了......")
if __name__ == '__main__':
    # 康熙登基了
    print("登基了.....")
    # 找了一个妃子
    p = Process(target=task)
    # 设置为守护进程 必须在开启前就设置好
    p.daemon = True
    p.start()
    # 康熙驾崩了
    time.sleep(3)
    print("故事结束了!")
