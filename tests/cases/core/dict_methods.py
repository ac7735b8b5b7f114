# dict methods: get, setdefault, pop, popitem, update forms, copy, clear, fromkeys, KeyError.
d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", "default"))
print(d.setdefault("y", []), d.setdefault("x", 99), d)
d["y"].append("item")
print(d)
print(d.pop("x"), d.pop("missing", "fallback"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
d.update(a=1, b=2)
d.update([("c", 3)])
d.update({"d": 4})
print(d)
print(d.popitem(), d.popitem(), d)
copy = d.copy()
copy["y"].append("shared")
copy["z"] = 0
print(d, copy)
copy.clear()
print(copy, len(copy))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", repr(e))
fk = dict.fromkeys(["a", "b"], 0)
print(fk, dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2))
print({1: "int", 1.5: "float", (1, 2): "tuple", None: "none", "s": "str"})
print(len({"a": 1, "a": 2}), {"a": 1, "a": 2})
