# shutil.move (files, directories, into a directory, errors), which, disk_usage, get_terminal_size.
import os
import shutil

base = 'tmp_shutil_move'
os.makedirs(os.path.join(base, 'dir', 'inner'))
os.makedirs(os.path.join(base, 'target'))
with open(os.path.join(base, 'f.txt'), 'w') as f:
    f.write('data')
try:
    print(shutil.move(os.path.join(base, 'f.txt'), os.path.join(base, 'g.txt')))
    print(shutil.move(os.path.join(base, 'g.txt'), os.path.join(base, 'target')))
    print(shutil.move(os.path.join(base, 'dir'), os.path.join(base, 'target') + '/'))
    print(sorted(os.listdir(os.path.join(base, 'target'))))
    with open(os.path.join(base, 'h.txt'), 'w') as f:
        f.write('h')
    with open(os.path.join(base, 'target', 'h.txt'), 'w') as f:
        f.write('old')
    try:
        shutil.move(os.path.join(base, 'h.txt'), os.path.join(base, 'target'))
    except shutil.Error as e:
        print(type(e).__name__, e)
    try:
        shutil.move(os.path.join(base, 'nothing'), os.path.join(base, 'x'))
    except OSError as e:
        print(type(e).__name__, e)
    os.mkdir(os.path.join(base, 'bin'))
    exe = os.path.join(base, 'bin', 'tool')
    with open(exe, 'w') as f:
        f.write('#!/bin/sh\n')
    os.chmod(exe, 0o755)
    with open(os.path.join(base, 'bin', 'plain'), 'w') as f:
        f.write('')
    os.chmod(os.path.join(base, 'bin', 'plain'), 0o644)
    bindir = os.path.join(base, 'bin')
    print(shutil.which('tool', path=bindir), shutil.which('plain', path=bindir))
    print(shutil.which('plain', mode=os.F_OK, path=bindir), shutil.which('tool', path=''))
    print(shutil.which('tool', path='/nonexistent' + os.pathsep + bindir))
    print(shutil.which(exe), shutil.which(os.path.join(base, 'bin')), shutil.which('no-such-tool-xyz'))
    print(shutil.which('sh') is not None)
finally:
    shutil.rmtree(base)
u = shutil.disk_usage('.')
print(type(u).__name__, u._fields, u.total >= u.used, u.total == u[0], len(u))
print(repr(u).startswith('usage(total='))
os.environ['COLUMNS'] = '123'
os.environ['LINES'] = '45'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'x'
os.environ['LINES'] = '-3'
print(shutil.get_terminal_size((10, 20)))
del os.environ['COLUMNS'], os.environ['LINES']
print(shutil.get_terminal_size(fallback=(33, 44)), shutil.get_terminal_size().columns)
print(issubclass(shutil.Error, OSError), issubclass(shutil.SpecialFileError, OSError), shutil.COPY_BUFSIZE)
