# Seed section 2.7 (共享内存方式 Queue队列): multiprocessing.Queue, put/get, block and timeout.
# Change from the seed: the final q.get(block=True,timeout=2) raises queue.Empty after 2 s, as the
# text says it will (会报错); it is wrapped in try/except so the script ends with a short message
# instead of a traceback through multiprocessing's internals.
from multiprocessing import Queue
# 创建队列 不指定maxsize 则没有数量限制
q = Queue(3)
# 存储元素
# q.put("abc")
# q.put("hhh")
# q.put("kkk")
# print(q.get())
# q.put("ooo") # 如果容量已经满了,在调用put时将进入阻塞状态 直到有人从队列中拿走数据有空位置 才会继续执行
#取出元素
# print(q.get())# 如果队列已经空了,在调用get时将进入阻塞状态 直到有人从存储了新的数据到队列中 才会继续
# print(q.get())
# print(q.get())
#block 表示是否阻塞 默认是阻塞的
# 当设置为False 并且队列为空时 抛出异常
try:
    q.get(block=True,timeout=2) # 会报错此时 因为取不出来了
except Exception as error:
    print("报错:", type(error).__name__)
# block 表示是否阻塞 默认是阻塞的
# 当设置为False 并且队列满了时 抛出异常
# q.put("123",block=False,)
# timeout 表示阻塞的超时时间 ,超过时间还是没有值或还是没位置则抛出异常 仅在block为True有效
