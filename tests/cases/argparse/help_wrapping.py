# argparse: usage wrapping (short and long prog, optionals then positionals), help wrapping
# at $COLUMNS - 2, long option names pushing help to the next line, hyphenated words.
import argparse
import os
import _run

for columns in ["80", "50", "30", "bogus"]:
    os.environ["COLUMNS"] = columns
    p = argparse.ArgumentParser(prog="wrapper")
    for name in ["alpha", "beta", "gamma", "delta", "epsilon"]:
        p.add_argument("--" + name, metavar=name.upper(), help="the %s value, which is a "
                       "well-known, hyphen-separated, re-usable setting" % name)
    p.add_argument("input")
    p.add_argument("outputs", nargs="+")
    print("=" * 10, columns)
    print(p.format_help(), end="")
os.environ["COLUMNS"] = "80"
long_prog = argparse.ArgumentParser(prog="a-program-with-a-really-quite-long-name-indeed-yes")
for i in range(6):
    long_prog.add_argument("--option%d" % i, metavar="VALUE")
long_prog.add_argument("positional_one")
long_prog.add_argument("positional_two")
print(long_prog.format_usage(), end="")
only_pos = argparse.ArgumentParser(prog="positional-only-program", add_help=False)
for i in range(8):
    only_pos.add_argument("argument_number_%d" % i)
print(only_pos.format_usage(), end="")
print(argparse.HelpFormatter("x")._width, argparse.HelpFormatter("x", width=100)._width)
del os.environ["COLUMNS"]
print(argparse.HelpFormatter("x")._width)
