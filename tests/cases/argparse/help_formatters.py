# argparse: RawDescriptionHelpFormatter, RawTextHelpFormatter, ArgumentDefaultsHelpFormatter,
# MetavarTypeHelpFormatter, a custom formatter_class.
import argparse
import _run

description = """First line of the description.
    An indented second line,   with  spaces.

Last paragraph."""
for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter]:
    p = argparse.ArgumentParser(prog="fmt", description=description, formatter_class=cls)
    p.add_argument("--size", type=int, default=10, help="the size\n  (in bytes)")
    p.add_argument("--name", default="x", help="a name (default %(default)s)")
    p.add_argument("--flag", action="store_true", help="a flag")
    p.add_argument("--none", help="no default")
    p.add_argument("items", nargs="*", default=[1], help="some items")
    p.add_argument("opt", nargs="?", help="optional positional")
    print("=" * 10, cls.__name__)
    print(p.format_help(), end="")
m = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument("--count", type=int)
m.add_argument("ratio", type=float)
print(m.format_help(), end="")


class Wide(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, indent_increment=4, max_help_position=40, width=60)


w = argparse.ArgumentParser(prog="wide", formatter_class=Wide)
w.add_argument("--a-rather-long-option", help="help text that goes on for a while, to wrap")
w.add_argument("-s", help="short")
print(w.format_help(), end="")
narrow = argparse.ArgumentParser(prog="n", formatter_class=lambda prog: argparse.HelpFormatter(prog, width=30))
narrow.add_argument("--option", help="wrapped into a narrow column of text")
print(narrow.format_help(), end="")
