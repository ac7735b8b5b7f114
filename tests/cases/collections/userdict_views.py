# UserDict and ChainMap mixin views; reprs of the ABC views; UserList slicing and sorting
from collections import UserDict, UserList, ChainMap

u = UserDict(b=2, a=1)
ks, vs, its = u.keys(), u.values(), u.items()
print(ks, vs, its)
print(list(ks), list(vs), list(its), len(ks), 'a' in ks, 2 in vs, ('a', 1) in its, ('a', 2) in its)
u['c'] = 3
print(list(ks), list(vs), sorted(ks & {'a', 'z'}), sorted(ks | {'z'}), sorted(ks - {'a'}), sorted(ks ^ {'a', 'q'}))
print(ks == {'a', 'b', 'c'}, its == {('a', 1), ('b', 2), ('c', 3)}, ks.isdisjoint({'x'}), ks.isdisjoint('a'))
print(ChainMap({'k': 0}).items(), dict(ChainMap({'k': 0}, {'j': 1}).items()))

ul = UserList(range(10))
print(ul[2:5], ul[::3], ul[-1], type(ul[2:5]).__name__)
ul[1:3] = [100, 200, 300]
del ul[::4]
print(ul, len(ul), max(ul), min(ul), sum(ul), sorted(ul, reverse=True)[:3])
words = UserList(['pear', 'Apple', 'fig'])
words.sort(key=str.lower)
print(words, words.index('fig'), sorted(words), ', '.join(words))
try:
    words.index('kiwi')
except ValueError as e:
    print('ValueError', e)
try:
    words.remove('kiwi')
except ValueError as e:
    print('ValueError', e)
try:
    UserList().pop()
except IndexError as e:
    print('IndexError', e)

class Stack(UserList):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2)
print(s, s.peek(), s.pop(), s, type(s + [3]).__name__, type(s[:]).__name__, s.copy())
