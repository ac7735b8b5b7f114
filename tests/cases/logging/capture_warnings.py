# logging: captureWarnings routes warnings.showwarning to the "py.warnings" logger and back.
import io
import logging
import warnings

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
pyw = logging.getLogger("py.warnings")
pyw.addHandler(h)
original = warnings.showwarning
logging.captureWarnings(True)
print(warnings.showwarning is original)
warnings.warn("captured one")
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
logging.captureWarnings(True)
logging.captureWarnings(False)
print(warnings.showwarning is original)
print(out.getvalue().replace(__file__, "FILE"), end="")
logging.captureWarnings(True)
f = io.StringIO()
warnings.showwarning("to a file", UserWarning, "f.py", 3, file=f)
print(repr(f.getvalue()))
logging.captureWarnings(False)
pyw.removeHandler(h)
with warnings.catch_warnings(record=True) as seen:
    logging.captureWarnings(True)
    warnings.warn("no handler on py.warnings: a NullHandler is added")
    logging.captureWarnings(False)
print(len(seen), [type(x).__name__ for x in pyw.handlers])
