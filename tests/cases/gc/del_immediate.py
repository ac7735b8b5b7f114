# __del__ runs at once when the last reference goes: at `del x`, when a container
# holding the object is freed, when a name is rebound, and when a function returns.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


x = Noisy("x")
print("before del x")
del x
print("after del x")
y = Noisy("y")
alias = y
print("before del y (alias remains)")
del y
print("after del y")
alias = None
print("after alias = None")
box = [Noisy("in list")]
print("before del box")
del box
print("after del box")
table = {"k": Noisy("in dict")}
print("before table.clear()")
table.clear()
print("after table.clear()")


def work():
    local = Noisy("local")
    print("  returning")
    return 1


print("work() =", work())
z = Noisy("z1")
z = Noisy("z2")
print("rebound z")
holder = Noisy("holder")
holder.child = Noisy("child")
print("before del holder")
del holder
print("after del holder")
del z
print("after del z")
