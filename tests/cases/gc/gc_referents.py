# gc.get_referents: the objects a container refers to directly (items of a list or
# tuple, values of a dict, attributes of an instance), several arguments at once, and
# nothing for atoms.
import gc


def show(label, objs):
    print(label, sorted(repr(o) for o in objs))


inner = [9]
show("list:", gc.get_referents([1, "x", (2, 3), None, inner]))
show("tuple:", gc.get_referents((4, "y", inner)))
d = {"a": [1], "b": (2,), "c": "text"}
vals = gc.get_referents(d)
print("dict values all there:", all(any(v is r for r in vals) for v in d.values()))
show("dict, non-str referents:", [r for r in vals if not isinstance(r, str)])
show("two at once:", gc.get_referents([1, 2], (3,)))
print("int:", gc.get_referents(5), "str:", gc.get_referents("abc"))
print("no arguments:", gc.get_referents())
outer = [inner, inner]
refs = gc.get_referents(outer)
print("the same item twice:", len(refs), refs[0] is inner and refs[1] is inner)


class P:
    def __init__(self):
        self.payload = inner


p = P()
print("instance refers to its class:", any(r is P for r in gc.get_referents(p)))
