# shutil.copytree: ignore, ignore_patterns, dirs_exist_ok, symlinks, copy_function, Error lists.
import os
import shutil

def tree(root):
    out = []
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(dirpath, root)
        for name in sorted(files):
            p = os.path.join(dirpath, name)
            kind = 'L' if os.path.islink(p) else 'F'
            out.append(kind + ' ' + os.path.join(rel, name))
        out.append('D ' + rel)
    return out

base = 'tmp_shutil_copytree'
src = os.path.join(base, 'src')
os.makedirs(os.path.join(src, 'a', 'b'))
os.makedirs(os.path.join(src, '__pycache__'))
for name in ['x.py', 'x.pyc', 'a/y.py', 'a/b/z.txt', '__pycache__/c.pyc']:
    with open(os.path.join(src, name), 'w') as f:
        f.write(name)
os.symlink('x.py', os.path.join(src, 'link.py'))
try:
    print(shutil.copytree(src, os.path.join(base, 'd1')))
    print(tree(os.path.join(base, 'd1')))
    shutil.copytree(src, os.path.join(base, 'd2'), ignore=shutil.ignore_patterns('*.pyc', '__pycache__'))
    print(tree(os.path.join(base, 'd2')))
    print(sorted(shutil.ignore_patterns('*.py', 'b')('dir', ['a.py', 'b', 'c'])))
    seen = []
    def ignore(path, names):
        seen.append((os.path.relpath(path, base), sorted(names)))
        return ['b']
    shutil.copytree(src, os.path.join(base, 'd3'), ignore=ignore, symlinks=True)
    print(sorted(seen))
    print(tree(os.path.join(base, 'd3')))
    try:
        shutil.copytree(src, os.path.join(base, 'd1'))
    except FileExistsError as e:
        print(type(e).__name__, e)
    with open(os.path.join(src, 'new.txt'), 'w') as f:
        f.write('new')
    shutil.copytree(src, os.path.join(base, 'd1'), dirs_exist_ok=True)
    print(os.path.exists(os.path.join(base, 'd1', 'new.txt')))
    copied = []
    def copier(s, d):
        copied.append(os.path.basename(s))
        shutil.copyfile(s, d)
    shutil.copytree(os.path.join(src, 'a'), os.path.join(base, 'd4'), copy_function=copier)
    print(sorted(copied))
    os.symlink('nowhere', os.path.join(src, 'dangling'))
    try:
        shutil.copytree(src, os.path.join(base, 'd5'))
    except shutil.Error as e:
        errors = e.args[0]
        print(type(e).__name__, len(errors), [os.path.basename(s) for s, d, why in errors], errors[0][2])
    shutil.copytree(src, os.path.join(base, 'd6'), ignore_dangling_symlinks=True)
    print('dangling' in os.listdir(os.path.join(base, 'd6')))
    try:
        shutil.copytree(os.path.join(base, 'missing'), os.path.join(base, 'd7'))
    except OSError as e:
        print(type(e).__name__, e)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
