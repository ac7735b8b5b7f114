# TemporaryDirectory (context manager, cleanup, repr, nested contents) and SpooledTemporaryFile.
import os
import tempfile

with tempfile.TemporaryDirectory(dir='.', prefix='td_') as d:
    print(type(d).__name__, os.path.isdir(d), os.path.basename(d)[:3])
    os.makedirs(os.path.join(d, 'a', 'b'))
    with open(os.path.join(d, 'a', 'b', 'f'), 'w') as f:
        f.write('x')
    os.chmod(os.path.join(d, 'a', 'b'), 0o500)
print(os.path.exists(d))

t = tempfile.TemporaryDirectory(dir='.', suffix='_s')
print(repr(t) == '<TemporaryDirectory %r>' % t.name, t.name.endswith('_s'))
t.cleanup()
print(os.path.exists(t.name))
t.cleanup()
t = tempfile.TemporaryDirectory(dir='.')
name = t.name
del t
print(os.path.exists(name))

s = tempfile.SpooledTemporaryFile(max_size=10, dir='.')
print(s.write(b'12345'), s._rolled, s.tell(), s.name)
print(s.write(b'678901'), s._rolled, s.tell(), type(s.name).__name__)
s.seek(0)
print(s.read(), s.closed)
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(mode='w+', dir='.') as s:
    s.write('héllo\nworld\n')
    print(s._rolled, s.tell())
    s.seek(0)
    print(s.readline(), end='')
    print(s.fileno() > 2, s._rolled, s.tell())
    print(s.read(), end='')
    s.seek(0)
    print(s.readlines(), s.mode, s.encoding)
with tempfile.SpooledTemporaryFile(max_size=100) as s:
    s.writelines([b'a', b'b'])
    s.seek(0)
    print(s.read(), s.mode, s._rolled, s.readable(), s.writable(), s.seekable())
    s.truncate(1)
    s.seek(0)
    print(s.read())
try:
    with s:
        pass
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(n for n in os.listdir('.') if not n.endswith(('.py', '.out'))))
