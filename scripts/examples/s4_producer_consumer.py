# Seed section 4 (生产者消费者模型 案例): a producer process and a consumer process share a Queue.
# Output order depends on scheduling, and the sleeps are random (0-2 s each).
from multiprocessing import Process,Queue
import random,time
def eat(q):
    for i in range(1,5):
        # 要消费
        rose = q.get()
        time.sleep(random.randint(0, 2))
        print(rose,"吃完了!")
# 生产任务
def make_rose(q):
    for i in range(1,5):
        # 再生产
        time.sleep(random.randint(0, 2))
        print("第%s盘青椒肉丝制作完成!" % i)
        rose = "第%s盘青椒肉丝" % i
        # 将生成完成的数据放入队列中
        q.put(rose)
if __name__ == '__main__':
    # 创建一个共享队列
    q = Queue()
    make_p = Process(target=make_rose,args=(q,))
    eat_p = Process(target=eat,args=(q,))
    make_p.start()
    eat_p.start()
