# warnings: filterwarnings and simplefilter (actions, message and module regexes, category,
# lineno, append), resetwarnings, the filters list, "error" raising the warning.
import io
import sys
import warnings

sys.stderr = err = io.StringIO()
print(warnings.filters[:2])
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", type(e).__name__, e)
warnings.filterwarnings("ignore", message="quiet", category=UserWarning)
warnings.warn("quiet please")
warnings.warn("QUIET too: message is case-insensitive")
try:
    warnings.warn("loud")
except UserWarning as e:
    print("raised", e)
print(warnings.filters[0], warnings.filters[1])
warnings.filterwarnings("ignore", message="quiet", category=UserWarning)
print(len([f for f in warnings.filters if f[0] == "ignore" and f[1] is not None]))
warnings.simplefilter("always", append=True)
print(warnings.filters[-1])
warnings.resetwarnings()
print(warnings.filters)
warnings.filterwarnings("error", module="__main__")
try:
    warnings.warn("module matched")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("error", module="other")
warnings.warn("module not matched")
warnings.resetwarnings()
warnings.simplefilter("error", lineno=41)
try:
    warnings.warn("line 41")
except UserWarning as e:
    print("raised", e)
warnings.warn("another line")
warnings.resetwarnings()
warnings.simplefilter("error", DeprecationWarning)
warnings.warn("only deprecations are errors", RuntimeWarning)
try:
    warnings.warn("subclass", DeprecationWarning)
except DeprecationWarning as e:
    print("raised", e)
warnings.resetwarnings()
sys.stderr = sys.__stderr__
print(err.getvalue().replace(__file__, "FILE"), end="")
for args in [("bogus",), ("error", 5), ("error", "", "notaclass"), ("error", "", int),
             ("error", "", Warning, 5), ("error", "", Warning, "", -1)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError", e)
for args in [("bogus",), ("error", Warning, "x")]:
    try:
        warnings.simplefilter(*args)
    except AssertionError as e:
        print("AssertionError", e)
