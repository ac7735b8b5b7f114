# A forked child's collector works on its own copy of the heap: cycles the parent made before
# the fork are garbage in the child too, the child's own cycles are collected, and the parent's
# collection is not disturbed by what the child did.
import gc
import os

gc.disable()
before = []
before.append(before)
del before
pid = os.fork()
if pid == 0:
    mine = {}
    mine["self"] = mine
    del mine
    print("child collects", gc.collect(), flush=True)
    print("child again", gc.collect(), flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print("parent collects", gc.collect())
print("parent again", gc.collect())
gc.enable()
