# fnmatch, fnmatchcase and filter on names, including brackets, ranges and negation.
import fnmatch

cases = [
    ('abc.py', '*.py'), ('abc.pyc', '*.py'), ('.hidden', '*'), ('a/b', 'a*b'),
    ('a\nb', 'a?b'), ('ABC', 'abc'), ('abc', 'ABC'), ('x', '[!a-c]'), ('b', '[!a-c]'),
    (']', '[]]'), ('-', '[a-]'), ('[', '['), ('[a', '[a'), ('aXbYc', 'a*b*c'),
    ('ab', 'a*b*c'), ('', '*'), ('', '?'), ('a', ''), ('\\', '[\\]'), ('*', '[*]'),
    ('q', '[z-a]'), ('q', '[!z-a]'), ('d', '[a-c-e]'), ('-', '[a-c-e]'), ('e', '[a-c-e]'),
    ('aaaaaaaaaaaaaaaaaaaaaaaab', '*a*a*a*a*a*a*a*a*a*a*c'),
]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))

names = ['a.py', 'b.txt', 'c.py', '.d.py', 'e.PY', 'py']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, '?.*'))
print(fnmatch.filter(names, '[!a]*'))
print(fnmatch.filter(iter(names), '*'))
print(fnmatch.filter([], '*'))
print(fnmatch.fnmatchcase(b'abc.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h'], b'*.[ch]'))
print(sorted(fnmatch.__all__))
for bad in [(1, '*'), ('a', 1)]:
    try:
        fnmatch.fnmatch(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
