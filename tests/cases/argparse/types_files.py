# argparse: type conversions (int, float, custom callables, a class), choices with converted
# values, string defaults converted, FileType for files and "-".
import argparse
import os
import sys
from _run import run


class Point:
    def __init__(self, text):
        self.x, self.y = map(int, text.split(","))

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


p = argparse.ArgumentParser(prog="types")
p.add_argument("--n", type=int, choices=range(1, 4))
p.add_argument("--f", type=float, default="2.5")
p.add_argument("--p", type=Point)
p.add_argument("--hexa", type=lambda s: int(s, 16), default="ff")
p.add_argument("--c", choices="abc")
p.add_argument("--lst", type=int, nargs="+", choices=[1, 2])
run(p, [])
run(p, ["--n", "2", "--f", "1e3", "--p", "3,4", "--hexa", "10", "--c", "b", "--lst", "1", "2"])
run(p, ["--n", "7"])
run(p, ["--n", "x"])
run(p, ["--p", "nope"])
run(p, ["--hexa", "zz"])
run(p, ["--c", "d"])
run(p, ["--lst", "1", "3"])
print(p.format_usage(), end="")
name = "_tmp_argparse_file.txt"
with open(name, "w") as f:
    f.write("content\n")
q = argparse.ArgumentParser(prog="files")
q.add_argument("infile", type=argparse.FileType("r"))
q.add_argument("--out", type=argparse.FileType("w"), default="-")
args = q.parse_args([name])
print(args.infile.read(), end="")
args.infile.close()
print(args.out is sys.stdout, q.parse_args(["-"]).infile is sys.stdin)
run(q, ["no_such_dir/missing.txt"])
os.remove(name)
try:
    argparse.FileType("q")("-")
except ValueError as e:
    print(type(e).__name__, e)
