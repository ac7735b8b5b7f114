# copy of instances without a reduction of their own: slots, private slots, subclasses of
# list/dict/set/int/str/tuple keeping attributes, __getnewargs__ / __getnewargs_ex__, __getstate__
import copy


class Slots:
    __slots__ = ('p', '__q', 'unset')

    def __init__(self):
        self.p = [1]
        self.__q = 2


s = Slots()
t = copy.deepcopy(s)
print(t.p, t.p is s.p, t._Slots__q, hasattr(t, 'unset'))


class SlotsDict(Slots):
    pass


sd = SlotsDict()
sd.extra = {'e': 1}
u = copy.copy(sd)
print(u.p is sd.p, u.extra is sd.extra, u._Slots__q)


class L(list):
    pass


lst = L([1, [2]])
lst.attr = 'x'
m = copy.deepcopy(lst)
print(type(m).__name__, m, m.attr, m[1] is lst[1])


class D(dict):
    pass


dd = D(a=[1])
c = copy.copy(dd)
print(type(c).__name__, c, c['a'] is dd['a'])


class I(int):
    pass


class S(str):
    def __str__(self):
        return 'not me'


class T(tuple):
    pass


class F(float):
    pass


for v in (I(7), S('abc'), T((1, [2])), F(1.5)):
    w = copy.deepcopy(v)
    print(type(w).__name__, w == v, w[1] is v[1] if isinstance(w, tuple) else w is v)
fs = copy.copy(frozenset({3}))
print(fs)


class NewArgs:
    def __new__(cls, *args, **kwargs):
        print('__new__', args, kwargs)
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        print('__init__ is not called by copy')

    def __getnewargs_ex__(self):
        return ((1, 2), {'key': 3})


na = NewArgs()
copy.copy(na)


class NewArgs2:
    def __new__(cls, *args):
        print('__new__ of NewArgs2', args)
        return super().__new__(cls)

    def __getnewargs__(self):
        return ('only', 'args')


copy.deepcopy(NewArgs2())


class GetState:
    def __init__(self):
        self.secret = 1

    def __getstate__(self):
        return {'public': 2}


print(vars(copy.copy(GetState())))
e = copy.deepcopy(ValueError('msg', [1]))
print(type(e).__name__, e.args)
