# pprint: indent, width, depth, compact, sort_dicts, underscore_numbers, pp, argument errors
import pprint

data = {'zeta': list(range(20)), 'alpha': {'beta': [1, 2, {'gamma': 'delta' * 5}]},
        'mid': (10 ** 6, 12345678901234567890, -98765)}
print(pprint.pformat(data, indent=4))
print(pprint.pformat(data, width=30))
print(pprint.pformat(data, width=30, indent=3))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, depth=3, width=40))
print(pprint.pformat(data, sort_dicts=False))
print(pprint.pformat(data, underscore_numbers=True, width=60))
print(pprint.pformat(list(range(50)), compact=True))
print(pprint.pformat(list(range(50)), compact=True, width=40, indent=2))
print(pprint.pformat([['abc'] * 6, list(range(12)), ['x' * 50]], compact=True, width=30))
print(pprint.pformat(['word'] * 30, compact=True, width=40))
pprint.pp(data)
pprint.pp(data, width=50, sort_dicts=True)
pprint.pp({'b': 1, 'a': 2}, compact=True)
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}, {'depth': -2}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError', e)
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat(True, underscore_numbers=True))
print(pprint.pformat([1.5, 1e100, -0.0, 2 ** 70], underscore_numbers=True))
print(pprint.pformat({1: 1}, width=1), pprint.pformat([1, 2], width=1), pprint.pformat(('a', 'b'), width=-5))
