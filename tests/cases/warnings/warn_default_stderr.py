# test: stderr
# warnings: the default filters: a UserWarning once per location, with its source line;
# DeprecationWarning shown in __main__ only; stacklevel names the caller's line.
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def noisy():
    warnings.warn("noisy call")


for i in range(3):
    noisy()
    old_api()
warnings.warn("at module level")
warnings.warn("at module level")
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("import", ImportWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("deep", stacklevel=20)
exec("import warnings\nwarnings.warn('from exec')")
print("done")
