# test: stderr
# except*: an unhandled part escapes and is printed as CPython 3.11 prints exception groups
def fail(n):
    raise ValueError(f"bad value {n}")

def collect():
    errors = []
    for n in range(3):
        try:
            fail(n)
        except ValueError as error:
            errors.append(error)
    errors.append(TypeError("wrong type"))
    raise ExceptionGroup("collected", errors)

try:
    collect()
except* TypeError as group:
    print("handled", repr(group))
    raise KeyError("raised while handling")
