# getopt: GetoptError messages, its opt and msg attributes, str and args.
import getopt

for args, short, long in [
    (["-x"], "a", []),
    (["-b"], "ab:", []),
    (["--nope"], "", ["alpha"]),
    (["--alpha=1"], "", ["alpha"]),
    (["--beta"], "", ["beta="]),
    (["--a"], "", ["alpha", "also"]),
    (["-:"], "a:", []),
    (["x", "-q"], "a", []),
]:
    for func in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(func.__name__, func(args, short, long))
        except getopt.GetoptError as e:
            print(func.__name__, type(e).__name__, str(e), repr(e.opt), repr(e.msg), e.args)
e = getopt.GetoptError("message only")
print(e, repr(e.opt), e.args, isinstance(e, Exception))
