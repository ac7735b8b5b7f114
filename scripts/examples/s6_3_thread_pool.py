# Seed section 6.3 (线程池): ThreadPoolExecutor(3) runs 20 one-second tasks (about 7 s in all).
# Output order depends on scheduling.
from concurrent.futures import ThreadPoolExecutor,ProcessPoolExecutor
from threading import current_thread,active_count
import time,os
# 创建线程池,指定最大线程数为3,此时不会创建线程,不指定数量时,默认为CPU核数*5
pool = ThreadPoolExecutor(3)
print(active_count()) # 只有一个主线
def task():
    time.sleep(1)
    print(current_thread().name,"working..")
if __name__ == '__main__':
    for i in range(10):
        pool.submit(task) # 第一次提交任务时立即创建线程
        # 任务执行完成后也不会立即销毁
    time.sleep(2)
    for i in range(10):
        pool.submit(task) #再有新任务时 直接使用之前已经创建好的线程来执行
