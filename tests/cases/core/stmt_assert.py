# assert: passing, failing with and without a message, message evaluated lazily.
assert True
assert 1 + 1 == 2, "never shown"
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)


def expensive():
    print("message evaluated")
    return "expensive message"


assert True, expensive()
try:
    assert False, expensive()
except AssertionError as e:
    print("caught:", e)
try:
    x = 5
    assert x % 2 == 0, f"x={x} is odd"
except AssertionError as e:
    print(e)
try:
    assert None, ("tuple", "message")
except AssertionError as e:
    print(e.args)
