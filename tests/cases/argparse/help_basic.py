# argparse: generated help: usage, description, positional and optional sections, metavars,
# %(default)s/%(prog)s/%(choices)s in help, argument groups, epilog, SUPPRESS.
import argparse
from _run import run

p = argparse.ArgumentParser(prog="frob", description="Frobnicate the widgets in a given "
                            "directory, recursively if asked, and report what was done.",
                            epilog="Exit status is 0 on success. See %(prog)s(1).")
p.add_argument("source", help="where the widgets live")
p.add_argument("dest", nargs="?", default=".", help="where they go (default: %(default)s)")
p.add_argument("-r", "--recursive", action="store_true", help="descend into directories")
p.add_argument("-j", "--jobs", type=int, default=4, metavar="N", help="run N jobs at once")
p.add_argument("--level", choices=["low", "mid", "high"], default="mid",
               help="one of %(choices)s; %(prog)s uses %(default)s")
p.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("--no-help-text")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"), help="a key and its value")
g = p.add_argument_group("output", "How results are shown.")
g.add_argument("-q", "--quiet", action="count", default=0, help="less output")
g.add_argument("--format", default="text", help="output format, such as text, json or a very "
               "long and detailed description that needs several lines to be wrapped")
empty = p.add_argument_group("empty group")
run(p, ["-h"])
print(repr(p.format_usage()))
p.print_usage()
print(p.description[:20], p.epilog[:11], p.prog)
q = argparse.ArgumentParser(prog="bare", add_help=False)
print(repr(q.format_help()))
q.add_argument("only")
print(repr(q.format_help()))
r = argparse.ArgumentParser(prog="custom", usage="%(prog)s [options] FILE...")
r.add_argument("files", nargs="+")
print(r.format_help(), end="")
