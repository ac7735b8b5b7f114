# The repr of native attribute descriptors names the attribute and the class defining it.
from collections import deque
class A:
    pass
def f():
    pass
print(A.__dict__['__weakref__'])
print(type(f).__dict__['__name__'])
print(deque.maxlen)
print(type(A.__dict__['__weakref__']).__name__)
