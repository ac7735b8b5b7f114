# object's own methods: orderings, __sizeof__, __dir__, __reduce_ex__, __reduce__, __getstate__
import sys
class A: pass
class S:
    __slots__ = ('x',)
a = A(); a.v = 1
print(a.__sizeof__(), sys.getsizeof(a), object().__sizeof__(), [].__sizeof__(), (1,2).__sizeof__(), "ab".__sizeof__())
print(a.__reduce_ex__(2)[1:], a.__getstate__(), A().__getstate__())
print(a.__reduce__()[1:])
try: S().__reduce__()
except TypeError as e: print(e)
print(sorted(A().__dir__()) == dir(A()))
import copy
print(copy.deepcopy(a).v)
class B:
    def __lt__(self, o): return True
print(B() < B(), sorted([3,1,2]))
try: A() < A()
except TypeError as e: print(e)
print(object.__lt__(1, 2), object.__ge__(1, 1), object().__eq__(3))
print(sorted(dir(object)), object.__subclasshook__())
class P:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (P, (self.x,))
print(P(3).__reduce_ex__(4)[1])
class A:
    "doc"
    def __init__(self): self.x = 1
a = A()
print(a.__dict__, A.__dict__['__dict__'], A.__doc__)
a.__dict__ = {'y': 2}
print(a.y, hasattr(a, 'x'), vars(a))
try: a.__dict__ = 3
except TypeError as e: print(e)
class B(A): pass
print('__dict__' in B.__dict__, B.__doc__, B().x)
class S:
    __slots__ = ('q',)
print('__dict__' in S.__dict__, '__doc__' in S.__dict__)
