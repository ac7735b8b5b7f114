# reprlib.recursive_repr: recursive calls give the fill value; the wrapper keeps the names
import reprlib


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        "the node's repr"
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)
print(Node.__repr__.__module__)


class Other(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other' + ''.join(repr(x) for x in self)


o = Other()
o.append(o)
o.append(Other([1]))
print(repr(o))
# after an exception the object may be shown again
class Bad:
    count = 0

    @reprlib.recursive_repr()
    def __repr__(self):
        Bad.count += 1
        if Bad.count == 1:
            raise KeyError('first')
        return 'Bad()'


x = Bad()
try:
    repr(x)
except KeyError as e:
    print('KeyError', e)
print(repr(x))
