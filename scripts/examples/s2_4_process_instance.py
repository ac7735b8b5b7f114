# Seed section 2.4 (进程的两种使用方式), way 1: instantiate multiprocessing.Process.
# Output order depends on scheduling; the printed pid differs on every run.
from multiprocessing import Process
import os
def task(name): # 因为父进程中 关键字给了属性 则需要有一个参数来接收 name可以用name接收一下
    print("%s进程run!" %name)
    print("%s进程over!" % name)
if __name__ == '__main__':
    p = Process(target=task,args=('Tom',))
    # 实例化一个Process类对象
    # 可以为子进程起个名字 比如tom 但是注意 必须是元祖
    print('father进程:%s' % os.getpid()) # 打印下父进程的pip看看
    p.start() # 需要交给系统去执行 start去执行
    print('父进程RUN!') # 这时先运行父进程代码 然后再去执行子进程代码
"""
windows 和 linux 开启进程的方式不同
首先相同之处都是 需要将数据copy一份给子进程 这样子进程才知道要干什么
linux 会将父进程的所有数据 完全copy
windows 会copy 一部分数据 同时会导入py文件来执行 这样一来递归开进程
linux 拿到父进程知道代码位置 继续执行
建议都加上判断 可以保证两个平台都能用 记住:
开启进程的代码 都把它放到 if __name__ == "__main__": 中即可 """
