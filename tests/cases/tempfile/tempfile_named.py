# NamedTemporaryFile (delete, modes, context manager, attribute passthrough) and TemporaryFile.
import os
import tempfile

with tempfile.NamedTemporaryFile(dir='.', suffix='.dat') as f:
    name = f.name
    print(os.path.exists(name), name.endswith('.dat'), os.path.isabs(name))
    print(f.write(b'hello world'), f.tell())
    f.seek(0)
    print(f.read(), f.mode, f.file.name == name, f.delete)
    print(f.closed, callable(f.flush), f.fileno() > 2)
print(os.path.exists(name), f.closed)

f = tempfile.NamedTemporaryFile('w+', dir='.', delete=False, prefix='keep_')
print(type(f).__name__, os.path.basename(f.name)[:5])
f.write('line1\nline2\n')
f.seek(0)
print(list(f))
f.close()
print(os.path.exists(f.name))
with open(f.name) as g:
    print(g.read().splitlines())
os.unlink(f.name)

f = tempfile.NamedTemporaryFile(mode='w', encoding='utf-8', dir='.')
f.write('é')
f.flush()
print(os.path.getsize(f.name), f.encoding)
f.close()
f.close()
print(os.path.exists(f.name))

with tempfile.TemporaryFile(dir='.') as t:
    print(type(t.name).__name__, t.write(b'abc'))
    t.seek(0)
    print(t.read(), t.mode)
with tempfile.TemporaryFile('w+t', dir='.') as t:
    t.write('text\n')
    t.seek(0)
    print(repr(t.read()), t.mode)
print(sorted(n for n in os.listdir('.') if not n.endswith(('.py', '.out'))))
try:
    tempfile.NamedTemporaryFile(mode='q', dir='.')
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(n for n in os.listdir('.') if not n.endswith(('.py', '.out'))))
