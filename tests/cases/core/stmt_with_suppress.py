# with: __exit__ returning true suppresses the exception; false or None lets it through.
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print("suppressed", exc_type.__name__, exc.args)
            return True
        return None


with Suppress(KeyError, IndexError):
    {}["missing"]
    print("not reached")
print("after first with")
with Suppress(ZeroDivisionError):
    print("no exception here")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("escaped:", type(e).__name__, e)


class Transform:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is ValueError:
            raise RuntimeError("converted") from exc


try:
    with Transform():
        int("nope")
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)


def inside_function():
    with Suppress(ValueError):
        raise ValueError("inside")
    return "function continued"


print(inside_function())
