# copy.deepcopy: recursion into containers, shared references and cycles kept, the memo dict,
# tuples copied only when an item changed, __deepcopy__(memo)
import copy

a = [1, [2, 3], {'k': (4, [5])}]
b = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], b[2]['k'] is a[2]['k'], b[2]['k'][1] is a[2]['k'][1])

shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)

cycle = [1]
cycle.append(cycle)
d = copy.deepcopy(cycle)
print(d[1] is d, d is cycle)

dc = {}
dc['self'] = dc
e = copy.deepcopy(dc)
print(e['self'] is e)

immutable = (1, 'a', (2, 3), frozenset())
print(copy.deepcopy(immutable) is immutable)
mutable_inside = (1, [2])
m = copy.deepcopy(mutable_inside)
print(m == mutable_inside, m is mutable_inside, type(m).__name__)

t_cycle = [None]
tup = (t_cycle,)
t_cycle[0] = tup
tc = copy.deepcopy(tup)
print(tc[0][0] is tc, tc is tup)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], len(memo), x in memo[id(memo)])
z = copy.deepcopy(x, memo)
print(z is y[0])


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


n1 = Node('a')
n2 = Node('b')
n1.links.append(n2)
n2.links.append(n1)
k1 = copy.deepcopy(n1)
print(k1.name, k1.links[0].name, k1.links[0].links[0] is k1, k1 is n1)


class Custom:
    def __init__(self, data):
        self.data = data

    def __deepcopy__(self, memo):
        print('deepcopy with memo of', type(memo).__name__)
        return Custom(copy.deepcopy(self.data, memo) + ['copied'])


cc = copy.deepcopy([Custom([1])])
print(cc[0].data)


def f():
    pass


print(copy.deepcopy(f) is f, copy.deepcopy(len) is len, copy.deepcopy(int) is int)
bm = Node('m')
method = copy.deepcopy(bm.__init__)
print(method.__self__ is bm, method.__self__.name, method.__func__ is Node.__init__)
