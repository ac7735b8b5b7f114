# traceback: format_exception_only: plain, no message, qualified names of non-builtin classes,
# a str() that fails, notes, SyntaxError's lines and caret, exc_type None.
import traceback


class Local(Exception):
    class Nested(Exception):
        pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(traceback.format_exception_only(ValueError("plain")))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(ValueError, ValueError("two args")))
print(traceback.format_exception_only(Local("x")), traceback.format_exception_only(Local.Nested()))
print(traceback.format_exception_only(BadStr()))
import io
print(traceback.format_exception_only(io.UnsupportedOperation("io")))
e = KeyError("k")
e.add_note("first note")
e.add_note("two\nlines")
print(traceback.format_exception_only(e))
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e.__notes__ = [1, 2]
print(traceback.format_exception_only(e))
for source in ["x = (1,\n", "a b\n", "  if x\n", "def f(:\n", "x = 1 +\n"]:
    try:
        compile(source, "<fake>", "exec")
    except SyntaxError as err:
        print(traceback.format_exception_only(err))
print(traceback.format_exception_only(None))
te = traceback.TracebackException(None, None, None)
print(list(te.format_exception_only()), str(te))
