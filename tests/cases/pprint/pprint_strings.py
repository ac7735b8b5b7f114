# pprint: long strings split at whitespace into adjacent literals, multi-line strings, bytes
import pprint

text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor '
        'incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud')
print(pprint.pformat(text))
print(pprint.pformat(text, width=40))
print(pprint.pformat([text]))
print(pprint.pformat({'key': text}, width=50))
print(pprint.pformat((text, 1), width=60))
lines = 'first line\nsecond line that is a good deal longer than the first one was\n\nlast'
print(pprint.pformat(lines, width=30))
print(pprint.pformat([lines], width=30))
print(pprint.pformat('x' * 100, width=30))
print(pprint.pformat('no-spaces-' * 8 + ' tail', width=25))
print(pprint.pformat("it's \"quoted\" and\ttabbed " * 4, width=40))
print(pprint.pformat('   leading spaces and trailing   ' * 3, width=30))
print(pprint.pformat('ünïcödé wörds ' * 8, width=30))
print(pprint.pformat(''), pprint.pformat('short'))
data = bytes(range(40))
print(pprint.pformat(data))
print(pprint.pformat(data, width=30))
print(pprint.pformat([data], width=30))
print(pprint.pformat(b'abcd', width=1), pprint.pformat(b'abcdefgh' * 6, width=20))
print(pprint.pformat(bytearray(b'hello world ' * 6), width=40))
print(pprint.pformat({'b': bytearray(b'0123456789' * 5)}, width=40))
