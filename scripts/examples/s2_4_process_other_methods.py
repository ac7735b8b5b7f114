# Seed section 2.4 (Process的其他用法): a child that calls exit(1000); the other methods are commented out.
from multiprocessing import  Process
import time,os
def task():
    print("121121")
    # time.sleep(10)
    # print("over")
    # print(os.getppid())
    exit(1000)
if __name__ == '__main__':
    p = Process(target=task,name="rose")
    p.start() # 懒加载优化机制 如果没有调用start 那么该对象将不会被创建
    time.sleep(1)
    # p.join() # 等待子进程结束
    # p.terminate() # 终止进程
    # print(p.name) # 进程的名称
    # print(p.is_alive()) #是否存活
    # p.terminate() # 与start一样 都是给操作系统发送指令 所以会有延迟
    # print(p.pid)
    # print(p.exitcode) # 获取退出码
