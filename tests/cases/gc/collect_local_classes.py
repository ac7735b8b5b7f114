# Classes made inside a function, used (instantiated, methods called, a super() call) and then
# dropped, are freed: no interpreter cache keeps a class alive once the script let go of it.
import gc
import weakref

refs = []


class Base:
    def describe(self):
        return "base"


def make(i):
    class Local(Base):
        def __init__(self):
            self.i = i

        def get(self):
            return self.i

        def describe(self):
            return "local " + super().describe()

    o = Local()
    o.get()
    o.describe()
    refs.append(weakref.ref(Local))
    return o.get()


print(sum(make(i) for i in range(50)))
gc.collect()
print("alive after collect:", sum(r() is not None for r in refs))
print("Base alive:", Base.__name__)
