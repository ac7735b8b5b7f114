# copy and deepcopy through __reduce_ex__ / __reduce__: the reconstruction, state by
# __setstate__ or the instance dict, (dict, slots) state, list and dict items, string results
import copy


class Red:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        print('reduce')
        return (Red, (self.a,))


r = copy.copy(Red([1]))
print(r.a)
r2 = copy.deepcopy(Red([1]))
print(r2.a)


class RedEx:
    def __reduce_ex__(self, proto):
        print('reduce_ex', proto)
        return (RedEx, (), {'state': [1]})


print(vars(copy.deepcopy(RedEx())))


class Setter:
    def __reduce__(self):
        return (Setter, (), ['st'])

    def __setstate__(self, state):
        print('setstate', state)
        self.st = state


print(copy.deepcopy(Setter()).st)


class SlotState:
    def __reduce__(self):
        return (SlotState, (), ({'d': 1}, {'s': 2}))


sst = copy.copy(SlotState())
print(sst.d, sst.s)


class Items(list):
    pass


def rebuild():
    return Items()


class ItemsR(Items):
    def __reduce__(self):
        return (ItemsR, (), None, iter([1, [2]]), None)


ir = copy.deepcopy(ItemsR())
print(type(ir).__name__, ir)


class DictR(dict):
    def __reduce__(self):
        return (DictR, (), {'flag': True}, None, iter([('k', [1])]))


dr = copy.deepcopy(DictR())
print(type(dr).__name__, dr, dr.flag)


class Glob:
    def __reduce__(self):
        return 'Glob'


g = Glob()
print(copy.copy(g) is g, copy.deepcopy(g) is g)


class ArgsDeep:
    def __init__(self, items):
        self.items = items

    def __reduce__(self):
        return (ArgsDeep, (self.items,))


items = [1, 2]
ad = copy.deepcopy(ArgsDeep(items))
sd = copy.copy(ArgsDeep(items))
print(ad.items is items, sd.items is items)


class Noreduce:
    __reduce_ex__ = None
    __reduce__ = None


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Noreduce())
    except copy.Error as e:
        print(type(e).__name__, e)
