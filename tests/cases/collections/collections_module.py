# collections: the module's public names, their kinds and bases, generic aliases
import collections
from collections import *

print(sorted(collections.__all__))
print(sorted(n for n in collections.__all__ if isinstance(getattr(collections, n), type)))
for cls in (defaultdict, OrderedDict, Counter):
    print(cls.__name__, cls.__module__, issubclass(cls, dict), cls.__mro__[-1].__name__)
for cls in (ChainMap, UserDict, UserList, UserString):
    print(cls.__name__, cls.__module__, issubclass(cls, dict), issubclass(cls, list))
print(callable(namedtuple), namedtuple.__name__, namedtuple.__module__)
print(defaultdict[str, list], OrderedDict[int, str], Counter[str], deque[int])
print(ChainMap[str, int], UserDict[str, int], UserList[int], UserString[int])
print(isinstance(Counter(), dict), isinstance(UserDict(), dict), isinstance(namedtuple('T', 'a')(1), tuple))
print(Counter.__doc__.splitlines()[0])
print(OrderedDict.__doc__, ChainMap.__doc__.split('\n')[0].strip())
print(UserList.__doc__)
print(defaultdict.__doc__.splitlines()[0])
mixed = [defaultdict(int, a=1), OrderedDict(a=1), Counter(a=1), {'a': 1}]
print([m == {'a': 1} for m in mixed], [type(m).__name__ for m in mixed])
print(OrderedDict(a=1) == Counter(a=1), Counter(a=1) == defaultdict(int, a=1))
