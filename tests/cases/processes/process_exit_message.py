# test: stderr
# sys.exit with a non-integer in a child: the child writes str(code) to stderr and its exitcode
# is 1, and no traceback is printed. The parent's own exit status stays 0.
import sys
from multiprocessing import Process

def leave(code):
    print("leaving with", repr(code), flush=True)
    sys.exit(code)

if __name__ == '__main__':
    for code in ["bye", ["a", 1], 2.5]:
        p = Process(target=leave, args=(code,))
        p.start()
        p.join()
        print("exitcode", p.exitcode, flush=True)
    print("parent done")
