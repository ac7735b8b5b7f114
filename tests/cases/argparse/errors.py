# argparse: error() messages and exit status 2: missing required, unrecognized, invalid type
# and choice, expected arguments, ambiguous option, explicit argument, custom error/exit.
import argparse
from _run import run

p = argparse.ArgumentParser(prog="err")
p.add_argument("count", type=int)
p.add_argument("where", nargs="+")
p.add_argument("--mode", choices=["r", "w"], required=True)
p.add_argument("--level", type=float)
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-info", action="store_true")
p.add_argument("-x", action="store_true")
p.add_argument("-y", action="store_true")
p.add_argument("--ratio", type=lambda s: int(s, 16))


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


p.add_argument("--pos", type=positive)
run(p, [])
run(p, ["3"])
run(p, ["3", "here"])
run(p, ["many", "here", "--mode", "r"])
run(p, ["3", "here", "--mode", "x"])
run(p, ["3", "here", "--mode", "r", "--level", "high"])
run(p, ["3", "here", "--mode", "r", "--level"])
run(p, ["3", "here", "--mode", "r", "--unknown", "extra"])
run(p, ["3", "here", "--mode", "r", "--ver"])
run(p, ["3", "here", "--mode", "r", "--verbose=yes"])
run(p, ["3", "here", "--mode", "r", "-xz"])
run(p, ["3", "here", "--mode", "r", "-xy", "--ratio", "zz"])
run(p, ["3", "here", "--mode", "r", "--pos", "-4"])
run(p, ["3", "here", "--mode", "r", "--pos", "0"])
run(p, ["3", "here", "--mode", "r", "-xy", "--ratio", "ff", "--pos", "2"])
run(p, ["3", "here", "-m", "w"])
q = argparse.ArgumentParser(prog="custom")
run(q, ["anything"])
q.error = lambda message: print("custom error:", message)
print(q.parse_args(["anything"]))
r = argparse.ArgumentParser(prog="exiting")
import io
import sys
sys.stderr = captured = io.StringIO()
try:
    r.exit(3, "goodbye\n")
except SystemExit as e:
    print("exit code", e.code)
sys.stderr = sys.__stderr__
print(repr(captured.getvalue()))
try:
    r.exit()
except SystemExit as e:
    print("exit code", e.code)
e = argparse.ArgumentError(p._actions[1], "some message")
print(type(e).__name__, e, e.argument_name, e.message)
print(argparse.ArgumentError(None, "bare"), argparse.ArgumentTypeError("t"))
