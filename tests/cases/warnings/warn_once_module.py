# warnings: the "default", "once", "module" and "always" actions and the per-module
# __warningregistry__ (cleared when the filters change).
import io
import sys
import warnings

sys.stderr = err = io.StringIO()


def emit(msg, category=UserWarning):
    warnings.warn(msg, category)


def run(action):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    err.seek(0)
    err.truncate()
    for i in range(2):
        emit("same text")
        emit("same text")
        warnings.warn("same text")
    emit("other text")
    return err.getvalue().count("UserWarning")


for action in ["default", "once", "module", "always", "ignore"]:
    print(action, run(action))
reg = globals()["__warningregistry__"]
print(sorted(k if isinstance(k, str) else (k[0], k[1].__name__, k[2]) for k in reg))
warnings.simplefilter("default")
print(list(reg))
emit("after change")
print(sorted(k if isinstance(k, str) else k[0] for k in reg))
sys.stderr = sys.__stderr__
