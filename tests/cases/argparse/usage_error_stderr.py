# test: stderr
# argparse: parse_args() on a bad command line prints the usage and the error on stderr and
# exits with status 2; the default prog is the script's name.
import argparse
import os

os.environ["COLUMNS"] = "80"
parser = argparse.ArgumentParser(description="demo")
parser.add_argument("x", type=int, help="a number")
parser.add_argument("--flag", action="store_true")
print(parser.prog)
print(parser.parse_args(["5"]))
parser.parse_args(["--flag", "five"])
print("not reached")
