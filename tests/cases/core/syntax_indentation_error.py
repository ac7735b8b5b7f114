# test: stderr
# An IndentationError is reported before anything runs.
print("never printed")


def function():
    x = 1
        y = 2
    return x + y
