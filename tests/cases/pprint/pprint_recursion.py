# pprint: recursion markers, saferepr, isreadable, isrecursive, PrettyPrinter methods
import pprint
import re

def hide_ids(s):
    return re.sub(r'id=\d+', 'id=N', s)

a = [1, 2]
a.append(a)
d = {'self': None}
d['self'] = d
t = (a, d)
print(hide_ids(pprint.pformat(a)), hide_ids(pprint.saferepr(a)))
print(hide_ids(pprint.pformat(d)), hide_ids(pprint.saferepr(t)))
print(hide_ids(pprint.pformat([a] * 2 + ['x' * 70])))
print(pprint.isrecursive(a), pprint.isrecursive(d), pprint.isrecursive([1, [2]]), pprint.isrecursive(t))
print(pprint.isreadable(a), pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable(object))
print(pprint.isreadable({1: open}), pprint.isreadable(len), pprint.isreadable(pprint))
shared = [1, 2]
print(pprint.pformat([shared, shared]), pprint.isrecursive([shared, shared]))
print(pprint.saferepr({'b': 2, 'a': [3, 1]}), pprint.saferepr('str'), pprint.saferepr(1.5))
print(pprint.saferepr([list(range(3))] * 3))

pp = pprint.PrettyPrinter(width=20)
print(pp.pformat(list(range(8))))
print(pp.isrecursive(a), pp.isreadable(a), pp.isreadable([1]), pp.isrecursive({1: 2}))
print(pp.format([1, {2: 3}], {}, 0, 0), pp.format(a, {}, 0, 0)[1:])
print(pprint.PrettyPrinter(depth=1).pformat([[1], {2: 3}, (4,)]), pprint.saferepr([[[]]]))
print(pprint.PrettyPrinter(depth=2).isreadable([[[1]]]), pprint.PrettyPrinter(depth=2).pformat([[[1]]]))

class Redact(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str) and object.startswith('secret'):
            return "'***'", False, False
        return super().format(object, context, maxlevels, level)
print(Redact().pformat({'user': 'bob', 'pw': 'secret123', 'list': ['secret', 'ok']}))
print(Redact(width=20).pformat({'user': 'bob', 'pw': 'secret123', 'list': ['secret', 'ok']}))
