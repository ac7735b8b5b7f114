# __eq__, __lt__ and friends, __hash__: sorting user objects, instances as dict keys and in sets.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.major, self.minor))

    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a == b, a is c)
print(a < b, b < a, a <= c, b > a, b >= a)
print(sorted([Version(2, 0), b, a, Version(0, 9)]))
print(max([a, b, Version(1, 5)]), min([a, b]))
print(a == "1.2", a != "1.2")
table = {a: "first"}
table[c] = "replaced"
table[b] = "second"
print(len(table), table[Version(1, 2)], table)
print(len({a, b, c, Version(1, 10)}))
print(Version(1, 2) in [b, c])


class NoHash:
    def __eq__(self, other):
        return True


try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None)


class Identity:
    pass


i, j = Identity(), Identity()
print(i == i, i == j, len({i, j, i}))
