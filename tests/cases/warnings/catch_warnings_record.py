# warnings: catch_warnings(record=True) with WarningMessage, the filters restored on exit,
# the 3.11 action/category arguments, reentry errors and the repr.
import warnings

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(DeprecationWarning("third"))
    print(len(w))
    for m in w:
        print(type(m).__name__, type(m.message).__name__, m.message, m.category.__name__,
              m.filename == __file__, m.lineno, m.file, m.line, m.source)
    print(str(w[0]).replace(repr(__file__), "FILE"))
print(warnings.filters == before)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print(warnings.filters == before)
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("runtime", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True, action="always") as w:
    warnings.warn("x")
    warnings.warn("x")
print(len(w))
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
m = warnings.WarningMessage("msg", UserWarning, "f.py", 3)
print(m, m._WARNING_DETAILS)
print(warnings.WarningMessage("m", None, "f", 1)._category_name)
