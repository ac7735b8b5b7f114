# warnings: formatwarning, showwarning (file, line), replacing showwarning or formatwarning,
# a non-callable showwarning, warn_explicit with registry and module.
import io
import sys
import warnings

print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3)))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "f.py", 3, line="   code line  ")))
print(repr(warnings.formatwarning("msg", UserWarning, __file__, 6)))
buf = io.StringIO()
warnings.showwarning("shown", UserWarning, "g.py", 10, file=buf, line="x = 1")
print(repr(buf.getvalue()))
calls = []


def my_show(message, category, filename, lineno, file=None, line=None):
    calls.append((str(message), category.__name__, lineno, file, line))


warnings.simplefilter("always")
warnings.showwarning = my_show
warnings.warn("custom hook")
warnings.warn_explicit("explicit", SyntaxWarning, "h.py", 99)
print(calls)
warnings.showwarning = 42
try:
    warnings.warn("bad hook")
except TypeError as e:
    print(type(e).__name__, e)
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda m, c, f, l, line=None: "FORMATTED %s %s\n" % (c.__name__, m)
sys.stderr = err = io.StringIO()
warnings.warn("through formatwarning")
sys.stderr = sys.__stderr__
warnings.formatwarning = warnings._formatwarning_orig
print(repr(err.getvalue()))
sys.stderr = err = io.StringIO()
warnings.resetwarnings()
reg = {}
for i in range(2):
    warnings.warn_explicit("explicit once", UserWarning, "k.py", 5, module="kmod", registry=reg)
warnings.warn_explicit(UserWarning("instance"), None, "k.py", 6, registry=reg)
warnings.warn_explicit("no module", UserWarning, "path/mod.py", 7)
try:
    warnings.warn_explicit("bad registry", UserWarning, "k.py", 8, registry=[])
except TypeError as e:
    print(type(e).__name__, e)
warnings.filterwarnings("error", module="path/mod")
try:
    warnings.warn_explicit("module from filename", UserWarning, "path/mod.py", 9)
except UserWarning as e:
    print("raised", e)
sys.stderr = sys.__stderr__
print(sorted(repr(k if isinstance(k, str) else (k[0], k[2])) for k in reg))
print(repr(err.getvalue()))
warnings.resetwarnings()
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    warnings.warn("x", category="nope")
except TypeError as e:
    print(type(e).__name__, e)
w = warnings.WarningMessage("m", UserWarning, "f.py", 1, source=object())
print(repr(warnings._formatwarnmsg_impl(w)))
