# Seed section 7 (实现异步调用的方式一): submit without waiting, then shutdown(wait=True) and read
# the results. Output order depends on scheduling (the three "working.." lines).
from concurrent.futures import ThreadPoolExecutor
from threading import current_thread
import time
pool = ThreadPoolExecutor(3)
def task(i):
    time.sleep(0.01)
    print(current_thread().name,"working..")
    return i ** i
if __name__ == '__main__':
    objs = []
    for i in range(3):
        res_obj = pool.submit(task,i) # 异步方式提交任务# 会返回一个对象用于表示任务结果
        objs.append(res_obj)
    # 该函数默认是阻塞的 会等待池子中所有任务执行结束后执行
    pool.shutdown(wait=True)
    # 从结果对象中取出执行结果
    for res_obj in objs:
        print(res_obj.result())
    print("over")
'''
ThreadPoolExecutor-0_1ThreadPoolExecutor-0_2 working..
ThreadPoolExecutor-0_0 working..
working..
1
1
4
over
前面三行顺序是不定的
'''
