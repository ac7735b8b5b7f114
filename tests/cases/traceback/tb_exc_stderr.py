# test: stderr
# traceback: print_exc() writes to stderr; the format matches the interpreter's own printer.
import traceback


def fail():
    raise ValueError("shown twice")


try:
    fail()
except ValueError:
    traceback.print_exc()
print("between")
fail()
