# Seed section 2.7 (joinablequeue): JoinableQueue, task_done and join.
# Change from the seed: the third j.task_done() is uncommented. As written (3 puts, 2 task_done)
# j.join() waits forever, which is the point the text makes (task_done() 和 put() 次数要对应起来).
from multiprocessing import JoinableQueue
# join 是等待某个任务运行完毕 able是可以的意思 Queue是队列 综合起来 就是一个可以被join的队列 继承自Queue
j = JoinableQueue()
# j.put('123') # 放入信息
# print(j.get()) # 获取信息
# j.task_done() # 告知队列这次数据取完了 不是表示任务全部处理完成 而是 取出来某个数据处理完成
j.put('wsx')
j.put('222')
j.put('333')
print('取走了%s'% j.get())
j.task_done()
j.task_done()
j.task_done()  # 原文: # j.task_done()
j.join() # 只有取完了 才可以继续进行 没取完则一直等
# :结论 task_done() 和.put()次数要对应起来 即放入几次数据要有几次告知信息
