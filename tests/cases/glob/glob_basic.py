# glob.glob and iglob: wildcards per component, hidden files, trailing slash, missing paths.
import glob
import os

root = 'tmp_glob_basic'
os.makedirs(root + '/sub/deep')
os.makedirs(root + '/.hid')
for name in ['a.py', 'b.py', 'c.txt', '.h.py', 'sub/d.py', 'sub/e.txt', 'sub/deep/f.py',
             '.hid/g.py', 'x[1].txt']:
    with open(os.path.join(root, name), 'w') as f:
        f.write(name)
try:
    os.chdir(root)
    print(sorted(glob.glob('*.py')))
    print(sorted(glob.glob('.*')))
    print(sorted(glob.glob('*')))
    print(sorted(glob.glob('*/*.py')))
    print(sorted(glob.glob('.*/*')))
    print(sorted(glob.glob('?.txt')))
    print(sorted(glob.glob('[ab].py')))
    print(sorted(glob.glob('*/')))
    print(glob.glob('sub'), glob.glob('sub/'), glob.glob('nothing'), glob.glob('a.py/'))
    print(glob.glob('x[1].txt'), glob.glob(glob.escape('x[1].txt')))
    print(sorted(glob.iglob('s*/d*')))
    print(type(glob.iglob('*')).__name__)
    print(sorted(glob.glob('*', include_hidden=True)))
    print(glob.glob(''), glob.glob('*.nothing'))
    print(sorted(glob.glob(os.path.join(os.getcwd(), 'sub', '*.py')))[0].endswith('sub/d.py'))
finally:
    os.chdir('..')
    for dirpath, dirs, files in os.walk(root, topdown=False):
        for name in files:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)
print(os.path.exists(root))
