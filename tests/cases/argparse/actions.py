# argparse: the actions: store, store_const, store_true/false, append, append_const, count,
# extend, BooleanOptionalAction, version, help, a custom Action class; defaults.
import argparse
from _run import run

p = argparse.ArgumentParser(prog="act")
p.add_argument("--store", default="d")
p.add_argument("--const", action="store_const", const="C", default="none")
p.add_argument("--yes", action="store_true")
p.add_argument("--no", action="store_false")
p.add_argument("--item", action="append", default=["base"])
p.add_argument("--tag", action="append_const", const="T", dest="tags")
p.add_argument("--int-tag", action="append_const", const=1, dest="tags")
p.add_argument("-v", action="count")
p.add_argument("--ext", action="extend", nargs="+", type=int)
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colour")
p.add_argument("--version", action="version", version="act 2.5")


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (option_string, values.upper()))


p.add_argument("--up", action=Upper)
run(p, [])
run(p, ["--store", "s", "--const", "--yes", "--no", "--item", "a", "--item", "b", "--tag",
        "--int-tag", "--tag", "-vvv", "-v", "--ext", "1", "2", "--ext", "3", "--no-color",
        "--up", "low"])
defaults = ["base"]
run(p, ["--item", "x"])
print(defaults, p.get_default("item"), p.get_default("store"), p.get_default("missing"))
run(p, ["--version"])
run(p, ["--color", "--no-color", "--color"])
p.set_defaults(store="from set_defaults", extra=5)
run(p, [])
print(p._actions[1])
print(p._actions[-1].dest, p._actions[-1].option_strings, p._actions[-1].nargs)
print(p._option_string_actions["--no-color"] is p._option_string_actions["--color"])
for kwargs in [dict(action="store", nargs=0), dict(action="append", nargs=0),
               dict(const=1), dict(action="append", const=1, nargs=1), dict(action="bogus"),
               dict(type="notcallable"), dict(type=argparse.FileType),
               dict(nargs=2, metavar=("A", "B", "C")), dict(nargs="x")]:
    try:
        p.add_argument("--bad", **kwargs)
        print("accepted", kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
