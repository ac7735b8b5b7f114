# gc.is_finalized: False for a fresh object, True once its __del__ has run (here it
# resurrects itself so it can be asked), and for objects without __del__ it stays False.
import gc

saved = None


class Lazarus:
    def __del__(self):
        global saved
        print("__del__ runs")
        saved = self


gc.disable()
obj = Lazarus()
print("fresh:", gc.is_finalized(obj))
del obj
print("resurrected:", saved is not None, gc.is_finalized(saved))
print("plain list:", gc.is_finalized([]))
print("int:", gc.is_finalized(1))
x = Lazarus()
x.me = x
del x
saved = None
gc.collect()
print("from a cycle:", saved is not None, gc.is_finalized(saved))
saved = None
print("dropped again, collected:", gc.collect() >= 1)
gc.enable()
