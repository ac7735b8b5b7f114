# globals() and locals(): module names, function locals snapshots, adding globals dynamically.
top_level = "module value"


def function(a, b=2):
    c = a + b
    return sorted(locals().items())


print(function(1))
g = globals()
print(g["top_level"], g["__name__"], "function" in g, "missing" in g)
g["created_via_globals"] = 123
print(created_via_globals)


def outer():
    x = 1

    def inner():
        return sorted(locals())
    return inner()


print(outer())
print(locals() is globals())
print(sorted(k for k in globals() if not k.startswith("__")))


class Body:
    attribute = 1
    names = sorted(k for k in locals() if not k.startswith("__"))


print(Body.names)
