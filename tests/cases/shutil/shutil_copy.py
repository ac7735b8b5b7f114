# shutil.copyfileobj, copyfile, copy, copy2, copymode, copystat and their errors.
import io
import os
import shutil

d = 'tmp_shutil_copy'
os.mkdir(d)
try:
    src = os.path.join(d, 'src.txt')
    with open(src, 'w') as f:
        f.write('hello\n' * 1000)
    os.chmod(src, 0o640)
    os.utime(src, (1000000000, 1200000000))
    out = io.StringIO()
    with open(src) as f:
        shutil.copyfileobj(f, out, 7)
    print(len(out.getvalue()))
    print(shutil.copyfile(src, os.path.join(d, 'a.txt')))
    print(oct(os.stat(os.path.join(d, 'a.txt')).st_mode & 0o777) != '0o640')
    print(shutil.copy(src, os.path.join(d, 'b.txt')), oct(os.stat(os.path.join(d, 'b.txt')).st_mode & 0o777))
    os.mkdir(os.path.join(d, 'sub'))
    print(shutil.copy2(src, os.path.join(d, 'sub')))
    st = os.stat(os.path.join(d, 'sub', 'src.txt'))
    print(oct(st.st_mode & 0o777), st.st_mtime)
    with open(os.path.join(d, 'sub', 'src.txt')) as f:
        print(f.read() == 'hello\n' * 1000)
    shutil.copymode(src, os.path.join(d, 'a.txt'))
    print(oct(os.stat(os.path.join(d, 'a.txt')).st_mode & 0o777))
    shutil.copystat(src, os.path.join(d, 'a.txt'))
    print(os.stat(os.path.join(d, 'a.txt')).st_mtime)
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print(type(e).__name__, e, isinstance(e, shutil.Error), isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(d, 'missing'), os.path.join(d, 'x'))
    except OSError as e:
        print(type(e).__name__, e)
    try:
        shutil.copyfile(src, os.path.join(d, 'nodir', 'x'))
    except OSError as e:
        print(type(e).__name__, e)
    try:
        shutil.copyfile(src, os.path.join(d, 'sub'))
    except OSError as e:
        print(type(e).__name__, e)
    os.symlink('src.txt', os.path.join(d, 'link'))
    shutil.copyfile(os.path.join(d, 'link'), os.path.join(d, 'link2'), follow_symlinks=False)
    print(os.readlink(os.path.join(d, 'link2')))
    shutil.copy(os.path.join(d, 'link'), os.path.join(d, 'c.txt'))
    print(os.path.islink(os.path.join(d, 'c.txt')), os.path.getsize(os.path.join(d, 'c.txt')))
finally:
    shutil.rmtree(d)
print(os.path.exists(d))
