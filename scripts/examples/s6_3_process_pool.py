# Seed section 6.3 (进程池): ProcessPoolExecutor(3) runs 20 one-second tasks (about 7 s in all).
# Output order depends on scheduling; the printed pids differ on every run.
from concurrent.futures import ThreadPoolExecutor,ProcessPoolExecutor
import time,os
# 创建进程池,指定最大进程数为3,此时不会创建进程,不指定数量时,默认为CPU和核数
pool = ProcessPoolExecutor(3)
def task():
    time.sleep(1)
    print(os.getpid(),"working..")
if __name__ == '__main__':
    for i in range(10):
        pool.submit(task) # 提交任务时立即创建进程
        # 任务执行完成后也不会立即销毁进程
    time.sleep(2)
    for i in range(10):
        pool.submit(task) #再有新任务是 直接使用之前已经创建好的进程来执行
