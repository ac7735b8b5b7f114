# Helper module without __all__: `import *` takes every name not starting with an underscore.
visible = "visible name"
_hidden = "hidden name"


def helper():
    return "helper result"
