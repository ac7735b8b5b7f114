# gc.garbage stays empty: cycles whose members have __del__ are collected (PEP 442), and
# the list is a plain list.
import gc

deleted = []


class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        deleted.append(self.name)


gc.disable()
gc.collect()
print("garbage:", gc.garbage, type(gc.garbage).__name__)
a = Fin("a")
b = Fin("b")
a.b = b
b.a = a
del a, b
print("collected:", gc.collect() >= 2)
print("finalized:", sorted(deleted))
print("garbage after:", gc.garbage)
print("is gc.garbage the same list:", gc.garbage is gc.garbage)
print("uncollectable:", gc.get_stats()[2]["uncollectable"])
gc.enable()
