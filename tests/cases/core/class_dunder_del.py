# __del__ runs when the last reference goes away: on del, on rebinding, at the end of a function.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("destroy", self.name)


a = Tracked("a")
b = a
del a
print("after del a (b still refers)")
del b
print("after del b")
c = Tracked("c1")
c = Tracked("c2")
print("after rebinding c")


def scope():
    local = Tracked("local")
    print("leaving scope")


scope()
print("after scope")
items = [Tracked("x"), Tracked("y")]
items.pop(0)
print("after pop")
items.clear()
print("after clear")
d = {"k": Tracked("in dict")}
d["k"] = None
print("after dict overwrite")
del c
print("end")
