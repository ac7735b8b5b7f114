# Bad input to loads raises an exception, never crashes.
from _serial_compat import dumps, loads, LoadError

for bad in ['text', None, 5, [1]]:
    try:
        loads(bad)
    except TypeError as e:
        print('TypeError', e)

try:
    loads(b'')
except EOFError as e:
    print('EOFError', e)

data = dumps({'key': [1, 2.5, 'three', (4, 5)], 'big': 2**200, 'b': b'bytes'})
failures = 0
for cut in range(1, len(data)):
    try:
        loads(data[:cut])
    except LoadError:
        failures += 1
print('truncations rejected:', failures == len(data) - 1)

print(loads(data) == {'key': [1, 2.5, 'three', (4, 5)], 'big': 2**200, 'b': b'bytes'})


def later():
    return 'found at load time'


data = dumps(later)
print(loads(data)())
del later
try:
    loads(data)
except AttributeError as e:
    print('AttributeError', str(e).split(' on ')[0])
