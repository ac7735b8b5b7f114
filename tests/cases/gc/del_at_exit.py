# At interpreter exit every __del__ runs, those of objects in reference cycles included: a cycle
# that was already garbage, one still bound to a global name. (The order among objects that die
# only at exit is CPython's own business; the ones here die in an order both agree on.)
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


garbage = Noisy("garbage cycle")
garbage.me = garbage
del garbage
kept = Noisy("global cycle")
kept.me = kept
print("end of script")
