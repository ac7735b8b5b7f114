# test: stderr
# Uncaught NameError from inside a function.
def report():
    print("reporting")
    return completely_unknown_identifier * 2


report()
