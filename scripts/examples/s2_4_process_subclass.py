# Seed section 2.4 (进程的两种使用方式), way 2: subclass multiprocessing.Process and override run.
# Output order depends on scheduling; the printed pid differs on every run.
import os
from multiprocessing import Process
class MyProcess(Process): # 继承Process类
    def __init__(self,name):
        super().__init__() # 这时需要super 因为要覆盖run方法
        self.name = name
    # 继承Procee覆盖run方法将要执行任务发到run中
    def run(self):
        print(self.name)
        print("子进程 %s running!" % os.getpid())
        print("子进程 %s over!" % os.getpid())
if __name__ == '__main__':
    # 创建时 不用再指定target参数了
    p = MyProcess("rose")
    p.start()
    print("父进程over!")
