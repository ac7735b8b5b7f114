# The seed's join example: the child changes its own copy of a global (and of a list); after
# join, the parent still sees its values. The child's prints come before the parent's (join).
from multiprocessing import Process
name = 'rose'
items = [1, 2]

def task():
    global name
    name = 'tom'
    items.append(3)
    print(name, items)
    print('child run!')

if __name__ == '__main__':
    p = Process(target=task)
    p.start()
    p.join()
    print(name, items)
    print('parent run!')
    name = 'jack'
    p = Process(target=task)
    p.start()
    p.join()
    print(name, items)
