# None and bool: identity, repr, truth values, bool as an int subclass, comparisons.
print(None, repr(None), type(None).__name__, None is None)
print(True, False, repr(True), str(False), type(True).__name__)
print(bool(None), bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]))
print(True + 1, False * 5, True / 2, True // 1, -True, ~True)
print(isinstance(True, int), issubclass(bool, int), int(False))
print(True == 1, False == 0, True != False)
print(True and None, None or False, not None)
print(sum([True, True, False]), sorted([True, False, True]))
print({True: "t", 1: "one"}, {0, False, 0.0})
print(str(True).upper(), "%s %d %r" % (True, True, False))
print(True & False, True | False, True ^ True, type(True & False).__name__)
print(max(False, True), hash(True) == hash(1), None.__class__.__name__)


def nothing():
    pass


print(nothing(), nothing() is None)
print([None] * 2, (None,), {None: None})
