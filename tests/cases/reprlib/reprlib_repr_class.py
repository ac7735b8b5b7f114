# reprlib.Repr: instance limits, fillvalue, repr_TYPE methods found by type name
import reprlib

a = reprlib.Repr()
print(sorted(vars(a).items()))
a.maxlist = 2
a.maxlevel = 2
a.maxdict = 1
a.fillvalue = '+++'
print(a.repr(list(range(5))))
print(a.repr([[1, [2, [3]]]]))
print(a.repr({1: 2, 3: 4}))
print(a.repr([]), a.repr([[]]), a.repr([[[]]]))
a.maxstring = 10
print(a.repr('abcdefghijklmnopqrstuvwxyz'))
a.maxlong = 6
print(a.repr(123456789))
a.maxother = 5
print(a.repr(range(100)))
a.maxlevel = 0
print(a.repr([1]), a.repr({1: 2}), a.repr(()), a.repr('zz'))


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return 'F(%.1f)' % x

    def repr_builtin_function_or_method(self, x, level):
        return 'BUILTIN ' + x.__name__


m = MyRepr()
print(m.repr([1.25, 2.0, 'x']))
print(m.repr(len), m.repr([max]))
print(m.repr1(3.5, 1))
