# fnmatch.translate gives CPython 3.11's exact regular expression text.
import fnmatch

patterns = ['*.py', 'a*b*c', '[!a-z]?', '*a*b*', '[]]', '[!]x]', '[a-', 'x**y', '[z-a]',
            '[a-c-e]', '\\*', '[[]', '[a&&b]', '[a||b]', '[a~~b]', '*', '', '?', '[!]',
            '[^a]', '[a-z0-9_]', 'a.b+c(d)', '[a-]', '[-a]', '[!-a]', '*.[ch]', 'a[b-]c',
            '[a-b-c-d]', '**a**', '[\\]', 'x[', '[\\-x]', 'é*', '[!a-c-e]', '[z-a-c]']
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))
