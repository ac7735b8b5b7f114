# Seed section 5.8 (线程事件Event): a client thread tries to connect 3 times, 1 s each, while the
# server thread needs 5 s to start (about 5 s in all). CPython also prints a DeprecationWarning for
# isSet() on stderr.
# 每次尝试链接等待1秒,尝试次数为3次
from threading import Event,Thread
import time
e = Event()
def start():
    global boot
    print("正正在启动服务器.....")
    time.sleep(5)
    print("服务器启动完成!")
    e.set()
def connect():
    for i in range(1,4):
        print("第%s次尝试链接" % i)
        e.wait(1)
        if e.isSet():
            print("链接成功")
            break
        else:
            print("第%s次链接失败" % i)
    else:
        print("服务器未启动!")
Thread(target=start).start()
Thread(target=connect).start()
'''
正正在启动服务器.....
第1次尝试链接
第1次链接失败
第2次尝试链接
第2次链接失败
第3次尝试链接
第3次链接失败
服务器未启动!
服务器启动完成!
'''
