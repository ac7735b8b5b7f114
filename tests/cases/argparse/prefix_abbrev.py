# argparse: prefix_chars, allow_abbrev, single-dash long options, clustered short options,
# attached values, '=' values, argument_default.
import argparse
from _run import run

p = argparse.ArgumentParser(prog="plus", prefix_chars="+/")
p.add_argument("+f", "++foo")
p.add_argument("/v", action="store_true")
run(p, ["+f", "1", "/v"])
run(p, ["++fo=2"])
run(p, ["+h"])
run(p, ["-f"])
a = argparse.ArgumentParser(prog="abbr")
a.add_argument("--verbose", action="store_true")
a.add_argument("--version-string")
a.add_argument("--value")
run(a, ["--verb"])
run(a, ["--v"])
run(a, ["--val", "3"])
run(a, ["--value=a=b"])
n = argparse.ArgumentParser(prog="noabbr", allow_abbrev=False)
n.add_argument("--verbose", action="store_true")
n.add_argument("-a", action="store_true")
n.add_argument("-b", action="store_true")
n.add_argument("-c")
run(n, ["--verb"])
run(n, ["-abc", "value"])
run(n, ["-abcvalue"])
run(n, ["-ac=x"])
run(n, ["-ba"])
s = argparse.ArgumentParser(prog="single")
s.add_argument("-long")
s.add_argument("-l", action="store_true")
run(s, ["-long", "x"])
run(s, ["-lo", "y"])
run(s, ["-l"])
run(s, ["-longz"])
d = argparse.ArgumentParser(prog="dflt", argument_default=argparse.SUPPRESS)
d.add_argument("--a")
d.add_argument("--b", default=2)
d.add_argument("c", nargs="?")
run(d, [])
run(d, ["--a", "1", "x"])
e = argparse.ArgumentParser(prog="dflt2", argument_default=7)
e.add_argument("--a")
e.add_argument("--b", type=int, default="40")
run(e, [])
try:
    p.add_argument("-bad")
except ValueError as err:
    print(type(err).__name__, err)
try:
    a.add_argument("--")
except ValueError as err:
    print(type(err).__name__, err)
try:
    a.add_argument("x", dest="y")
except ValueError as err:
    print(type(err).__name__, err)
try:
    a.add_argument("x", required=True)
except TypeError as err:
    print(type(err).__name__, err)
