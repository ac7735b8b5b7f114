# Shared references stay shared and cycles come back as cycles (the memo).
from _serial_compat import rt

a = [1]
r = rt([a, a])
print(r, r[0] is r[1])
r[0].append(2)
print(r)

l = []
l.append(l)
r = rt(l)
print(len(r), r[0] is r, r[0][0][0] is r)

d = {}
d['self'] = d
d['list'] = [d]
r = rt(d)
print(r['self'] is r, r['list'][0] is r, list(r))

# A tuple on a cycle through a list inside it.
lst = []
t = (lst, 1)
lst.append(t)
r = rt(t)
print(r[1], r[0][0] is r, type(r).__name__)

# The same tuple, string and set reached twice.
s = 'shared string'
tup = (1, 2)
st = {1}
r = rt([s, s, tup, tup, st, st])
print(r[0] is r[1], r[2] is r[3], r[4] is r[5])

# Two separate but equal lists stay separate.
r = rt([[1], [1]])
print(r[0] == r[1], r[0] is r[1])

# A list inside itself twice, deeper.
outer = [[], []]
outer[0].append(outer)
outer[1].append(outer[0])
r = rt(outer)
print(r[0][0] is r, r[1][0] is r[0])
