"""keyword: the hard and soft keywords of Python 3.11, as CPython's generated module lists them.

Nothing is left out: kwlist, softkwlist, iskeyword, issoftkeyword.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

# CPython binds the frozensets' __contains__; a function keeps the same TypeError for
# unhashable arguments ("unhashable type: 'list'").
_kwset = frozenset(kwlist)
_softkwset = frozenset(softkwlist)
iskeyword = _kwset.__contains__
issoftkeyword = _softkwset.__contains__
