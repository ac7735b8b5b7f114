# argparse: mutually exclusive groups (optional and required), their usage brackets, conflicts,
# suppressed members; argument groups and their sections.
import argparse
from _run import run

p = argparse.ArgumentParser(prog="mx")
g = p.add_mutually_exclusive_group()
g.add_argument("-a", action="store_true")
g.add_argument("-b", action="store_true")
g.add_argument("--c", metavar="C")
req = p.add_mutually_exclusive_group(required=True)
req.add_argument("--on", action="store_true")
req.add_argument("--off", action="store_true")
req.add_argument("--hidden", action="store_true", help=argparse.SUPPRESS)
p.add_argument("pos", nargs="?")
print(p.format_usage(), end="")
run(p, ["--on"])
run(p, ["--on", "-a", "-b"])
run(p, ["--on", "--off"])
run(p, ["-a"])
run(p, ["--on", "-b", "--c", "x", "p"])
run(p, ["--hidden", "-a"])
solo = argparse.ArgumentParser(prog="solo")
one = solo.add_mutually_exclusive_group(required=True)
one.add_argument("--only")
print(solo.format_usage(), end="")
try:
    g.add_argument("must_be_optional")
except ValueError as e:
    print(type(e).__name__, e)
grp = p.add_argument_group("titled", "A description.")
grp.add_argument("--in-group", help="grouped option")
mx_in_group = grp.add_mutually_exclusive_group()
mx_in_group.add_argument("--left", action="store_true")
mx_in_group.add_argument("--right", action="store_true")
print(p.format_help(), end="")
run(p, ["--on", "--left", "--right"])
e = argparse.ArgumentParser(prog="empty")
e.add_mutually_exclusive_group()
try:
    e.format_usage()
except ValueError as err:
    print(type(err).__name__, str(err).startswith("empty group"))
d = argparse.ArgumentParser(prog="defaults")
dg = d.add_mutually_exclusive_group()
dg.add_argument("--x", default="dx")
dg.add_argument("--y", default="dy")
run(d, ["--x", "dx", "--y", "1"])
run(d, ["--x", "1", "--y", "2"])
