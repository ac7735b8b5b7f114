# with: custom context managers, __enter__ return value, order of exit, nested and multiple items.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, traceback):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc_value)
        return False


with Resource("a") as value:
    print("body with", value)
with Resource("outer") as o, Resource("inner") as i:
    print("body", o, i)
with Resource("one"):
    with Resource("two"):
        print("nested body")
try:
    with Resource("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)


def early_return():
    with Resource("returning"):
        return "returned value"


print(early_return())
for n in range(3):
    with Resource("loop" + str(n)):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
