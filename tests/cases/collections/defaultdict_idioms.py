# defaultdict idioms: grouping, adjacency lists, autovivifying trees; the factory runs only in d[k]
from collections import defaultdict

words = ['apple', 'bob', 'avocado', 'cherry', 'banana', 'blueberry']
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))

lengths = defaultdict(set)
for w in words:
    lengths[len(w)].add(w[0])
print(sorted((k, sorted(v)) for k, v in lengths.items()))

edges = [(1, 2), (1, 3), (2, 3), (3, 1), (4, 4)]
graph = defaultdict(list)
for a, b in edges:
    graph[a].append(b)
print(graph, graph[9], 9 in graph)


def tree():
    return defaultdict(tree)


t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2


def plain(d):
    return {k: plain(v) if isinstance(v, dict) else v for k, v in d.items()}


print(plain(t))

calls = []


def factory():
    calls.append(1)
    return len(calls)


d = defaultdict(factory)
print(d.get('k'), 'k' in d, d.setdefault('s', 'set'), d.pop('p', None), calls)
print(d['k'], d['k'], d['j'], calls, dict(d))
d.update(x=0)
print(d['x'], calls)

consts = defaultdict(lambda: 'N/A', name='gilt')
print('%(name)s %(version)s' % consts, dict(consts))
print('{name} {version}'.format_map(consts))

inv = defaultdict(int)
for item in ['a', 'b', 'a', 'c', 'a']:
    inv[item] += 1
print(sorted(inv.items(), key=lambda kv: (-kv[1], kv[0])))

try:
    defaultdict(list)[[1]]
except TypeError as e:
    print('TypeError', e)
