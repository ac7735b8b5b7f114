# test: stderr
# exit(0) from a nested function ends the script with status 0; quit and exit are builtins.
import sys


def finish():
    print("finishing")
    sys.exit(0)


print(callable(exit), callable(quit))
finish()
print("never printed")
