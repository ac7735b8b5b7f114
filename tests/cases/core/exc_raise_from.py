# raise from, implicit chaining: __cause__, __context__, __suppress_context__, raise from None.
def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError("bad input: " + text) from e


try:
    convert("abc")
except TypeError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print("context:", type(e.__context__).__name__, e.__context__, "| cause:", e.__cause__)
    print(e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise IndexError("direct") from KeyError("the cause")
except IndexError as e:
    print(repr(e.__cause__), e.__context__)

error = ValueError("plain")
print(error.__cause__, error.__context__, error.__suppress_context__)
