# A local subclass: __init__ runs again, with the same arguments, in each thread that uses it.
import threading
class Ctx(threading.local):
    def __init__(self, start):
        self.count = start
    def bump(self):
        self.count += 1
        return self.count
ctx = Ctx(10)
ctx.bump()
out = []
def run():
    out.append(ctx.bump())
    out.append(ctx.bump())
t = threading.Thread(target=run)
t.start()
t.join()
print(out, ctx.count)
try:
    threading.local(1)
except TypeError as e:
    print(e)
