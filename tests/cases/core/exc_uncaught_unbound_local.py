# test: stderr
# Uncaught UnboundLocalError: a global read in a function that also assigns it.
hits = 0


def record_hit():
    hits = hits + 1
    return hits


print("start")
record_hit()
