# getopt: getopt and gnu_getopt: short options with and without values, clustered, long options
# with '=' or a following value, abbreviations, '--', '-' as an argument, POSIX stop.
import getopt
import os

cases = [
    (["-a", "-b", "val", "file"], "ab:", []),
    (["-abval", "-cx"], "ab:c:", []),
    (["--alpha", "--beta=2", "--gamma", "3", "rest", "-a"], "a", ["alpha", "beta=", "gamma="]),
    (["--al", "--be", "x"], "", ["alpha", "beta="]),
    (["-a", "--", "-b", "--alpha"], "ab", ["alpha"]),
    (["-", "-a"], "a", []),
    ([], "a", []),
    (["--alpha"], "", "alpha"),
    (["--beta="], "", ["beta="]),
]
for args, short, long in cases:
    print(args, "->", getopt.getopt(args, short, long))
gnu = [
    (["file", "-a", "other", "--alpha", "-b", "v", "last"], "ab:", ["alpha"]),
    (["file", "-a", "--", "-b"], "ab", []),
    (["file", "-a"], "+a", []),
    (["-a", "-", "x"], "a", []),
]
for args, short, long in gnu:
    print(args, "->", getopt.gnu_getopt(args, short, long))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["file", "-a"], "a"))
del os.environ["POSIXLY_CORRECT"]
print(getopt.gnu_getopt(("x", "-a"), "a", ("alpha",)))
print(getopt.error is getopt.GetoptError, sorted(getopt.__all__))
