# pprint: the same structures at every width from 1 to 45, so each break point is checked
import pprint

samples = [
    {'alpha': [1, 2, 3], 'beta': (4, 5), 'gamma': {'d': 'text value', 'e': [6]}},
    [('one',), ('two', 2), ['three', 3, 3.0], 'a string with some words'],
    ((1, (2, (3, (4,)))), {'k': {'k2': {'k3': [b'bytes!', None]}}}),
]
for i, obj in enumerate(samples):
    seen = set()
    for width in range(1, 46):
        out = pprint.pformat(obj, width=width)
        if out not in seen:
            seen.add(out)
            print(f'--- sample {i} width {width}')
            print(out)
for width in (8, 15, 25):
    print(f'--- compact width {width}')
    print(pprint.pformat([list(range(12)), 'abc', ('x', 'y'), {'q': 1}], width=width, compact=True))
    print(pprint.pformat([list(range(12)), 'abc', ('x', 'y'), {'q': 1}], width=width, indent=2))
