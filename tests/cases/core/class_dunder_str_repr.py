# __str__ and __repr__: print, str(), repr(), containers use repr, f-strings, fallback to __repr__.
class Both:
    def __str__(self):
        return "Both as str"

    def __repr__(self):
        return "Both()"


class OnlyRepr:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "OnlyRepr(%d)" % self.n


class OnlyStr:
    def __str__(self):
        return "only str"


b = Both()
print(b)
print(str(b), repr(b))
print([b, b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}")
r = OnlyRepr(3)
print(r, str(r), [r])
print(OnlyStr(), str(OnlyStr()))
print("%s and %r" % (b, b))
print("{} and {!r}".format(b, r))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return "Node(%r, %r)" % (self.value, self.children)


print(Node("root", [Node(1), Node("two")]))
