# copy's errors: objects that cannot be copied, bad __getnewargs__ results, copy.Error,
# copyreg.dispatch_table and copyreg.pickle
import copy
import copyreg


def gen():
    yield 1


for fn in (copy.copy, copy.deepcopy):
    for obj in (gen(), copy):
        try:
            fn(obj)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)


class BadNew:
    def __init__(self, result):
        self.result = result

    def __getnewargs__(self):
        return self.result


class BadNewEx(BadNew):
    def __getnewargs_ex__(self):
        return self.result


for cls, result in ((BadNew, 5), (BadNewEx, 5), (BadNewEx, (1, 2, 3)), (BadNewEx, ([], {})),
                    (BadNewEx, ((), []))):
    try:
        copy.copy(cls(result))
    except (TypeError, ValueError) as e:
        print(cls.__name__, type(e).__name__, e)


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(obj):
    print('reducing through the dispatch table')
    return (Registered, (obj.v * 10,))


copyreg.pickle(Registered, reduce_registered)
print(copy.copy(Registered(1)).v, copy.deepcopy(Registered(2)).v)
print(copyreg.dispatch_table[Registered] is reduce_registered, complex in copyreg.dispatch_table)
del copyreg.dispatch_table[Registered]
print(copy.copy(Registered(3)).v)
for args in ((Registered, 1), (Registered, reduce_registered, 2)):
    try:
        copyreg.pickle(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    copyreg.constructor(None)
except TypeError as e:
    print(type(e).__name__, e)
print(copyreg.__newobj__(Registered, 5).__class__.__name__)
print(copyreg.__newobj_ex__(dict, (), {}))


class Sl:
    __slots__ = ('a', '__b', '__dict__', '__weakref__')


class Sl2(Sl):
    __slots__ = 'c'


print(copyreg._slotnames(Sl2), Sl2.__slotnames__)
print(copyreg._slotnames(Registered))


class RaisingCopy:
    def __copy__(self):
        raise RuntimeError('no copies')


try:
    copy.copy(RaisingCopy())
except RuntimeError as e:
    print(type(e).__name__, e)
