# Which built-in classes are generic (`list[int]`) and which are not subscriptable.
import collections, re
print(list[int], dict[str, int], tuple[int, ...], type[int], collections.deque[int], re.Pattern[str])
class L(list): pass
print(L[int], hasattr(list, '__class_getitem__'), hasattr(int, '__class_getitem__'))
for c in (int, str, range, bytes):
    try: c[int]
    except TypeError as e: print(e)
print(collections.OrderedDict[str, int], collections.defaultdict[str, int], collections.Counter[str])
print(enumerate[int], ExceptionGroup[ValueError], frozenset[int], set[int])
