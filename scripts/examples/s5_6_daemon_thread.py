# Seed section 5.6 (守护线程): a daemon thread dies with the main thread.
# Output order depends on scheduling (the first two lines); the main thread sleeps 1-3 s at random.
import random
import time
from threading import Thread
def task():
    print('子线程running!')
    time.sleep(5)
    print('子线程over!')
if __name__ == '__main__':
    t= Thread(target=task)
    t.daemon = True
    # 设置守护进程 现在子线程守护主线程 当主线程挂了 子线程就不在运行了 所以主线程over之后子线程('子线程over!')这句就不走了
    t.start()
    print('主线程running!' )
    time.sleep(random.randint(1,3))
    print('主线程over!')
# 运行结果
#子线程running!
# 主线程running!
# 主线程over!
# 注意点 此题中如果还有其他子线程 且没有进行守护 那么主线程要等到那个子线程结束才能结束 此时守护的那个子线程再算结束
