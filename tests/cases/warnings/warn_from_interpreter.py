# warnings: warnings issued by the interpreter itself (open()'s line buffering in binary mode)
# go through the warnings module: its filters, catch_warnings(record=True), the registry.
import os
import warnings

name = "_tmp_interp_warning.bin"
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    with open(name, "wb", buffering=1) as f:
        f.write(b"x")
print(len(seen), [(w.category.__name__, str(w.message)) for w in seen])
with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        open(name, "rb", buffering=1).close()
    except RuntimeWarning as e:
        print("raised", e)
os.remove(name)
