# argparse: conflict_handler 'error' and 'resolve', parents (arguments, groups and defaults
# copied), an unknown conflict handler, exit_on_error=False.
import argparse
from _run import run

p = argparse.ArgumentParser(prog="conf")
p.add_argument("-f", "--foo")
try:
    p.add_argument("-f")
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    p.add_argument("-f", "--foo")
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
r = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
r.add_argument("-f", "--foo", help="old foo")
r.add_argument("-f", help="new f")
r.add_argument("--foo", help="new foo")
print(r.format_help(), end="")
r.add_argument("-h", action="store_true", help="not help any more")
print(r.format_help(), end="")
try:
    argparse.ArgumentParser(conflict_handler="bogus")
except ValueError as e:
    print(type(e).__name__, e)
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
pg = parent.add_argument_group("parent group")
pg.add_argument("--grouped")
pm = parent.add_mutually_exclusive_group()
pm.add_argument("--left", action="store_true")
pm.add_argument("--right", action="store_true")
parent.set_defaults(origin="parent")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("own")
run(child, ["x"])
run(child, ["x", "--left", "--right"])
print(child.format_help(), end="")
try:
    argparse.ArgumentParser(parents=[parent, parent])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
quiet = argparse.ArgumentParser(prog="quiet", exit_on_error=False)
quiet.add_argument("--n", type=int)
quiet.add_argument("need")
try:
    quiet.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
run(quiet, [])
print(quiet.parse_known_args(["a", "--zz"]))
