# UserList and UserString: wrappers around .data with the list and str methods
from collections import UserList, UserString

l = UserList([3, 1, 2])
print(l, l.data, len(l), l[0], l[1:], type(l[1:]).__name__, 2 in l, list(reversed(l)))
l.append(4); l.extend([5]); l.extend(UserList([6])); l.insert(0, 0)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1))
l.remove(4); l.sort(); print(l); l.reverse(); print(l)
l.sort(key=lambda v: -v, reverse=True); print(l)
print(l + [9], [9] + l, l + UserList([8]), l * 2, 2 * l, type(l + [9]).__name__)
l += [7]; l *= 2; print(l)
l[0] = 'x'; del l[1]; print(l, l.copy(), type(l.copy()).__name__)
print(UserList([1, 2]) == [1, 2], UserList([1]) < [2], UserList([1]) < UserList([0]), UserList() == UserList())
l.clear(); print(l, UserList(), UserList((1, 2)), UserList('ab'))
try:
    hash(UserList())
except TypeError:
    print('TypeError unhashable')

s = UserString('Hello World')
print(s, repr(s), len(s), s[0], s[::-1], type(s[0]).__name__, 'World' in s, UserString('lo') in s)
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(s.split(), s.rsplit('o', 1), s.partition(' '), s.rpartition('o'), s.splitlines())
print(s.find('o'), s.rfind('o'), s.index('W'), s.rindex('l'), s.count('l'), s.count(UserString('o')))
print(s.startswith('He'), s.endswith('d'), s.replace('World', 'There'), s.replace(UserString('l'), 'L', 1))
print(s.center(15, '*'), s.ljust(13, '.'), s.rjust(13), s.zfill(13), s.strip('Hd'), s.lstrip('H'), s.rstrip('d'))
print(s.removeprefix('Hello '), s.removesuffix(' World'), s.encode(), s.isalpha(), s.isascii(), UserString('12').isdigit())
print(s + '!', '>' + s, s + UserString('?'), s * 2, UserString('%s-%s') % ('a', 'b'), UserString('ab').join('xyz'))
print(UserString('{0}+{x}').format(1, x=2), UserString('{a}').format_map({'a': 3}), int(UserString('42')), float(UserString('1.5')))
print(s == 'Hello World', s == UserString('Hello World'), s < 'Z', s > UserString('A'), hash(s) == hash('Hello World'))
print(UserString(123), UserString(UserString('x')), sorted([UserString('b'), UserString('a')]), list(UserString('ab')))
print(str(s), s.expandtabs(), UserString('a\tb').expandtabs(4), s.translate({ord('o'): '0'}), type(s.upper()).__name__)
print(s.maketrans('a', 'b'), s.isidentifier(), s.istitle(), s.isspace(), s.isnumeric(), s.isdecimal(), s.isprintable())
