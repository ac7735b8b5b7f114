# pprint: output streams, sys.stdout at construction, pprint vs pformat, repeated use of a printer
import io
import sys
import pprint

obj = {'list': list(range(25)), 'str': 'value'}
buf = io.StringIO()
printer = pprint.PrettyPrinter(stream=buf, width=60)
printer.pprint(obj)
printer.pprint([1, 2])
print(repr(buf.getvalue()))
print(printer.pformat(obj) + '\n' == buf.getvalue().split('[1, 2]')[0])

saved = sys.stdout
capture = io.StringIO()
sys.stdout = capture
try:
    p = pprint.PrettyPrinter()
    pprint.pprint('to stdout')
    pprint.pp({'b': 1, 'a': 2})
finally:
    sys.stdout = saved
p.pprint('after restore goes to the stream at construction')
print(repr(capture.getvalue()))
pprint.pprint(obj, stream=None, width=30)
pprint.pprint({'z': 1, 'a': 2}, sys.stdout, 1, 80, None, sort_dicts=False)
out = io.StringIO()
pprint.pp(list(range(30)), out, width=40, compact=True)
print(out.getvalue(), end='')
try:
    pprint.pformat(obj, 1, 80, None, False)
except TypeError as e:
    print('TypeError', e)
print(pprint.__all__)
