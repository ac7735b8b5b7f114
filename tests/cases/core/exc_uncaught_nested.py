# test: stderr
# An uncaught exception three calls deep: the full traceback with caret lines.
def inner(values):
    return values[0] / values[1]

def middle(values):
    total = inner(values) + 1
    return total

def outer():
    print("before")
    return middle([1, 0])

outer()
print("not reached")
