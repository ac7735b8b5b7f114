# dict with user objects as keys: __hash__ and __eq__ are called, equal keys collide into one.
class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return len(self.name)

    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name.lower() == other.name.lower()

    def __repr__(self):
        return "Key(%s)" % self.name


d = {}
d[Key("abc")] = 1
d[Key("xy")] = 2
d[Key("ABC")] = 3
print(d)
print(Key("Xy") in d, Key("zz") in d)
print(d.get(Key("abc")))
s = {Key("a"), Key("A"), Key("b")}
print(len(s))
