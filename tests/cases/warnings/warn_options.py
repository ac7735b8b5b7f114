# warnings: -W style option strings (warnings._setoption / _processoptions): actions and their
# prefixes, message and module (escaped), categories, line numbers, and the error messages.
import io
import sys
import warnings

warnings.resetwarnings()
for option in ["error", "i::UserWarning", "always:some.text", "d:::mod.name", "once::Warning::12",
               "all", "m", "::RuntimeWarning", "ignore:msg:DeprecationWarning:pkg.mod:3"]:
    warnings._setoption(option)
    print(option, "->", warnings.filters[0])
for option in ["bogus", "a:b:c:d:e:f", "error::NoSuchWarning", "error::nosuchmodule.Warning",
               "error::int", "error::warnings.WarningMessage", "error::::x", "error::::-1"]:
    try:
        warnings._setoption(option)
    except warnings._OptionError as e:
        print(option, "->", type(e).__name__, e)
sys.stderr = err = io.StringIO()
warnings._processoptions(["error::UserWarning", "nonsense"])
sys.stderr = sys.__stderr__
print(repr(err.getvalue()), warnings.filters[0])
print(sys.warnoptions)
print(warnings.defaultaction, warnings.onceregistry, sorted(warnings.__all__))
