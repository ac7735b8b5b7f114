# Helper module for import_star.py: __all__ limits what `from ... import *` brings in.
__all__ = ["exported", "Shared"]


def exported():
    return "exported function"


def not_listed():
    return "not listed in __all__"


class Shared:
    label = "shared class"
