# try/except/else/finally: multiple handlers, tuples of types, bare except, order of clauses.
def attempt(action):
    try:
        print("  trying", action)
        if action == "key":
            {}["k"]
        elif action == "index":
            [][0]
        elif action == "zero":
            1 / 0
        elif action == "value":
            int("x")
        elif action == "other":
            raise OSError("disk")
    except KeyError as e:
        print("  KeyError handler", repr(e))
    except (IndexError, ZeroDivisionError) as e:
        print("  tuple handler", type(e).__name__)
    except ValueError:
        print("  ValueError handler without name")
    except:
        print("  bare handler")
    else:
        print("  else: no exception")
    finally:
        print("  finally for", action)


for action in ["none", "key", "index", "zero", "value", "other"]:
    attempt(action)

try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally runs before outer handler")
except TypeError as e:
    print("outer caught", e)

try:
    raise LookupError("base class")
except (KeyError, LookupError) as e:
    print("caught", type(e).__name__)

e = "before"
try:
    raise ValueError("bound")
except ValueError as e:
    print("in handler", e)
print("name deleted after handler:", "e" in dir())
