# str() of instances of subclasses of built-in types.
class S(str):
    pass


class R(str):
    def __repr__(self):
        return "R-repr"


class T(str):
    def __str__(self):
        return "T-str"


class I(int):
    def __repr__(self):
        return "I-repr"


class L(list):
    pass


for v in (S("hello"), R("plain"), T("x"), I(5), L([1, 2])):
    print(str(v), repr(v), "%s" % (v,), f"{v}", type(str(v)).__name__)
print(S("a") + "b", type(S("a") + "b").__name__, S("abc").upper(), len(S("abc")))
print(str(S("x")) == "x", S("x") == "x", hash(S("x")) == hash("x"))
print([str(x) for x in map(S, ["p", "q"])])
