# Seed section 2.4 (进程中的join的方法): join waits for the child; the child's global is its own copy.
#  join就是让子进程运行完了 再去执行父进程

from multiprocessing import Process
name = 'rose'
def task():
    global name
    name = 'tom'
    print(name)
    print('子进程在run!')
if __name__ == '__main__':
    p = Process(target=task)
    p.start()
    p.join()
    print(name)
    print('父进程run!')
# tom
# 子进程在run!
# rose
# 父进程run!
