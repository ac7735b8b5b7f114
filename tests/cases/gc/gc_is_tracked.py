# gc.is_tracked: containers that can hold references (lists, dicts holding a container,
# instances, functions, classes) are tracked; atoms (ints, floats, strings, None, bools)
# are not.
import gc


class Plain:
    pass


def func():
    pass


print("[]", gc.is_tracked([]))
print("[1, 2]", gc.is_tracked([1, 2]))
print("{'a': []}", gc.is_tracked({"a": []}))
print("instance", gc.is_tracked(Plain()))
print("class", gc.is_tracked(Plain))
print("function", gc.is_tracked(func))
print("set of ints", gc.is_tracked({1, 2}))
for atom in (0, 1, 10**30, 2.5, "s", "", b"b", None, True, False):
    print(repr(atom), gc.is_tracked(atom))
d = {"a": 1}
d["b"] = [d]
print("dict that got a list value", gc.is_tracked(d))
try:
    gc.is_tracked()
except TypeError:
    print("no argument: TypeError")
