# argparse: parse_known_args (extras kept in order), parse_intermixed_args and
# parse_known_intermixed_args, and their refusals.
import argparse
from _run import run

p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
run(p, ["doit", "1", "--foo", "bar", "2", "3"])
run(p, ["doit", "1", "--foo", "bar", "2", "3"], "parse_intermixed_args")
run(p, ["doit", "1", "--bogus", "2"], "parse_known_args")
run(p, ["doit", "1", "--bogus", "2"], "parse_known_intermixed_args")
run(p, ["doit", "x"], "parse_intermixed_args")
print(p.parse_known_args(["a", "--x=1", "-y", "--foo", "f", "extra", "2"]))
print(p.usage)
r = argparse.ArgumentParser(prog="rem")
r.add_argument("cmd", nargs=argparse.REMAINDER)
try:
    r.parse_intermixed_args([])
except TypeError as e:
    print(type(e).__name__, e)
m = argparse.ArgumentParser(prog="mxpos")
g = m.add_mutually_exclusive_group()
g.add_argument("pos", nargs="?")
g.add_argument("--opt")
try:
    m.parse_intermixed_args([])
except TypeError as e:
    print(type(e).__name__, e)
