# Seed section 3.1 (互斥锁 案例): three processes share one multiprocessing.Lock.
# Output order depends on scheduling, and the sleeps are random (0-2 s each); each person's three
# lines stay together because of the lock.
from multiprocessing import Process,Lock
import time,random
def task1(lock):
    # 要开始使用了 上锁
    lock.acquire() #就等同于一个if判断
    print("hello iam jerry")
    time.sleep(random.randint(0, 2))
    print("gender is boy")
    time.sleep(random.randint(0, 2))
    print("age is 15")
    # 用完了就解锁
    lock.release()
def task2(lock):
    lock.acquire()
    print("hello iam owen")
    time.sleep(random.randint(0,2))
    print("gender is girl")
    time.sleep(random.randint(0,2))
    print("age is 48")
    lock.release()
def task3(lock):
    lock.acquire()
    print("hello iam jason")
    time.sleep(random.randint(0,2))
    print("gender is women")
    time.sleep(random.randint(0,2))
    print("age is 26")
    lock.release()
if __name__ == '__main__':
    lock = Lock()
    p1 = Process(target=task1,args=(lock,))
    p2 = Process(target=task2,args=(lock,))
    p3 = Process(target=task3,args=(lock,))
    p1.start()
    # p1.join()
    p2.start()
    # p2.join()
    p3.start()
    # p3.join()
    # print("故事结束!")

# 结果  没加join 三者是争夺cpu资源的  谁先抢到就谁先显示  加join之后  就是按顺序来的
# hello iam owen
# gender is girl
# age is 48
# hello iam jerry
# gender is boy
# age is 15
# hello iam jason
# gender is women
# age is 26
