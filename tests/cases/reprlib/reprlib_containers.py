# reprlib: the module-level repr on containers, strings, ints and nesting limits
import reprlib

r = reprlib.repr
print(r(list(range(20))))
print(r(tuple(range(3))), r((1,)), r(()), r(tuple(range(10))))
print(r(set(range(10))), r(set()), r(frozenset(range(3))), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}))
print(r({'b': 1, 'a': 2}))
print(r('x' * 100))
print(r('short'))
print(r("it's" * 20))
print(r(2 ** 200))
print(r(12345))
print(r([[[[[[[[1]]]]]]]]))
print(r(([1, {2: (3, [4])}],)))
print(r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r({1, 'a', 2}) in ("{1, 2, 'a'}", "{1, 'a', 2}", "{'a', 1, 2}", "{2, 1, 'a'}", "{2, 'a', 1}", "{'a', 2, 1}"))
print(r([1.5, None, True, b'bytes' * 10]))


class Long:
    def __repr__(self):
        return 'L' * 50


class Broken:
    def __repr__(self):
        raise ValueError('no')


print(r(Long()))
print(r([Long()]))
print(r(Broken()).startswith('<Broken instance at 0x'))
print(reprlib.aRepr.maxlist, reprlib.aRepr.maxstring, reprlib.aRepr.fillvalue)
print(sorted(reprlib.__all__))
