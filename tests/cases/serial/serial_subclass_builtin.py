# Instances of Python subclasses of built-in types keep the built-in value and their attributes.
from _serial_compat import rt


class D(dict):
    pass


class L(list):
    def total(self):
        return sum(self)


class S(str):
    pass


class I(int):
    pass


d = D(a=1, b=2)
d.tag = 'extra'
r = rt(d)
print(type(r).__name__, r, r.tag, isinstance(r, dict))

lst = L([1, 2, 3])
r = rt(lst)
print(type(r).__name__, r, r.total())

r = rt(S('text'))
print(type(r).__name__, r == 'text', r.upper(), len(r))

r = rt(I(41))
print(type(r).__name__, r + 1)

selfref = D()
selfref['me'] = selfref
r = rt(selfref)
print(r['me'] is r, type(r['me']).__name__)
