# Output buffering around fork: the parent's pending (unflushed) stdout is flushed when a child is
# started, so the child does not print it again; a child's plain print() is flushed when the
# child ends, so after join() it comes before whatever the parent prints next.
import sys
from multiprocessing import Process

def child(n):
    print("child", n, "line 1")
    sys.stdout.write("child %d line 2\n" % n)

if __name__ == '__main__':
    print("parent before first start")
    sys.stdout.write("parent, still buffered\n")
    p = Process(target=child, args=(1,))
    p.start()
    p.join()
    print("parent after first join")
    p = Process(target=child, args=(2,))
    p.start()
    p.join()
    print("parent end")
