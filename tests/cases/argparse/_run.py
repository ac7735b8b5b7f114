# Helper for the argparse cases: parse, catching SystemExit, and print what went to stdout and
# stderr (captured in io.StringIO).
import io
import os
import sys

os.environ["COLUMNS"] = "80"  # help is wrapped to $COLUMNS - 2: fix it whatever the terminal


def run(parser, args, method="parse_args"):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        function = getattr(parser, method)
        result = ("ok", function(args) if args is not None else function())
    except SystemExit as e:
        result = ("exit", e.code)
    finally:
        sys.stdout, sys.stderr = saved
    print(args, "->", *result)
    if out.getvalue():
        print("stdout:", out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")
