# argparse: Namespace: attributes, repr (with non-identifier names), equality, `in`, vars,
# a given namespace object, and the reprs of parsers, actions and FileType.
import argparse

ns = argparse.Namespace(b=2, a=1)
print(ns, ns.a, vars(ns))
print(ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1), ns == {"a": 1, "b": 2})
print("a" in ns, "z" in ns)
setattr(ns, "with-dash", 3)
setattr(ns, "1st", 4)
print(ns)
print(argparse.Namespace())
try:
    hash(ns)
except TypeError as e:
    print(type(e).__name__, e)
p = argparse.ArgumentParser(prog="ns", description="d")
p.add_argument("--x", type=int, default=0)
p.add_argument("y", nargs="?")
target = argparse.Namespace(x=99, preset="kept")
result = p.parse_args(["--x", "5"], namespace=target)
print(result is target, target)
target2 = argparse.Namespace(x=99)
print(p.parse_args([], namespace=target2))
print(p)
print(p._actions[1])
print(p._actions[2])


class Custom:
    pass


c = p.parse_args(["7"], namespace=Custom())
print(type(c).__name__, c.x, c.y)
print(argparse.FileType(), argparse.FileType("w", 1, encoding="utf-8"), argparse.FileType("rb", errors="strict"))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
