# Seed section 5.3 (创建线程的两种方式), way 2: subclass threading.Thread and override run.
# Output order depends on scheduling; the thread reprs include an ident that differs on every run.
from threading import Thread,current_thread

class MyThread(Thread):
    def run(self):
        print(current_thread())
        print('子线程runing')
m =MyThread()
m.start()
print(current_thread())
print('主线程over')
# 子线程和主线程开启顺序不定 谁先
