"""collections: container datatypes.

So far only `deque` (native, from `_collections`); defaultdict, OrderedDict, Counter,
namedtuple, ChainMap and the User* classes are issue 11's next slice, and importing them
raises ImportError until then.
"""

from _collections import deque

__all__ = ["deque"]
