# pprint: pformat of nested data at the default width, sorted dict keys, pprint to stdout and streams
import io
import pprint

data = {'name': 'gilt', 'version': (0, 1, 0), 'tags': ['interpreter', 'rust', 'python'],
        'deps': {'num-bigint': '0.4', 'mimalloc': '0.1', 'fancy-regex': '0.11'},
        'numbers': list(range(30)), 'empty': {}, 'none': None, 'flag': True, 3: 'int key'}
try:
    print(pprint.pformat(data))
except TypeError as e:
    print('TypeError', e)
del data[3]
print(pprint.pformat(data))
pprint.pprint(data)
pprint.pprint(data, width=40)
s = io.StringIO()
pprint.pprint(['x' * 30, 'y' * 30, 'z' * 30], stream=s)
print(repr(s.getvalue()))
print(pprint.pformat([]), pprint.pformat({}), pprint.pformat(()), pprint.pformat(set()),
      pprint.pformat(frozenset()), pprint.pformat((1,)), pprint.pformat([[]]))
print(pprint.pformat(list(range(40))))
print(pprint.pformat(tuple(range(40))))
print(pprint.pformat([tuple(range(30))]))
print(pprint.pformat({'k': (1,), 'l': [list(range(25))]}))
print(pprint.pformat([{'a': 1, 'b': 2}] * 5))
nested = [1, [2, [3, [4, [5, [6, [7, [8, [9, [10, ['x' * 20] * 3]]]]]]]]]]
print(pprint.pformat(nested))
print(pprint.pformat(nested, width=30))
