# tempfile.mkstemp, mkdtemp, mktemp, gettempdir, gettempprefix: names, modes, suffix/prefix/dir.
import os
import tempfile

here = os.getcwd()
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)
print(os.path.isabs(tempfile.gettempdir()), os.path.isdir(tempfile.gettempdir()))
print(tempfile.gettempdir() == tempfile.gettempdir(), type(tempfile.gettempdirb()).__name__)
fd, name = tempfile.mkstemp(suffix='.txt', prefix='case_', dir='.')
try:
    print(type(fd).__name__, os.path.dirname(name) == here, os.path.basename(name)[:5], name[-4:])
    print(len(os.path.basename(name)), oct(os.stat(name).st_mode & 0o7777))
    os.write(fd, b'abc')
    os.close(fd)
    with open(name, 'rb') as f:
        print(f.read())
finally:
    os.unlink(name)
fd, name = tempfile.mkstemp()
os.close(fd)
print(os.path.dirname(name) == tempfile.gettempdir(), os.path.basename(name).startswith('tmp'))
os.unlink(name)
d = tempfile.mkdtemp(prefix='dir_', suffix='_x', dir='.')
try:
    base = os.path.basename(d)
    print(base.startswith('dir_'), base.endswith('_x'), len(base), os.path.isdir(d))
    print(oct(os.stat(d).st_mode & 0o7777), d.startswith(here))
finally:
    os.rmdir(d)
d = tempfile.mkdtemp(dir='.')
print(d.startswith('./tmp') or d.startswith('tmp'), len(os.path.basename(d)))
os.rmdir(d)
m = tempfile.mktemp(dir='.', suffix='.q')
print(os.path.exists(m), m.endswith('.q'), len(os.path.basename(m)))
names = set()
for _ in range(20):
    fd, name = tempfile.mkstemp(dir='.')
    os.close(fd)
    names.add(name)
    os.unlink(name)
print(len(names))
chars = set(''.join(os.path.basename(n)[3:] for n in names))
print(chars <= set('abcdefghijklmnopqrstuvwxyz0123456789_'))
try:
    tempfile.mkstemp(dir='no_such_dir')
except OSError as e:
    print(type(e).__name__, e.errno, os.path.basename(os.path.dirname(e.filename)))
try:
    tempfile.mkstemp(prefix=b'x', suffix='y')
except TypeError as e:
    print(type(e).__name__, e)
