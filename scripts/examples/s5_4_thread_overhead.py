# Seed section 5.4 (线程的特点): time to start 100 threads (swap the comment to try processes).
# The printed time differs on every run.
from threading import Thread
from multiprocessing import Process
import time
def task():
    pass
if __name__ == '__main__':
    t_time = time.time()
    for i in range(100):
        p = Thread(target=task)
        # p = Process(target=task)
        p.start()
    print(time.time()-t_time)
    # 进程的开销时间远远大于线程
