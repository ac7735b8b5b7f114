# traceback: format_exception_only of SyntaxErrors made by hand: SyntaxError(msg, (filename,
# lineno, offset, text, end_lineno, end_offset)) sets those attributes.
import traceback

se = SyntaxError("custom", ("f.py", 3, 5, "    bad line here\n", 3, 8))
print(se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, se.msg)
print("".join(traceback.format_exception_only(se)), end="")
se = SyntaxError("no position")
print(se.filename, se.lineno, se.msg)
print(traceback.format_exception_only(se))
se = SyntaxError("file only", ("only.py", None, None, None))
print(traceback.format_exception_only(se))
se = IndentationError("tabs", ("t.py", 2, 1, "\tx = 1\n"))
print(traceback.format_exception_only(se))
