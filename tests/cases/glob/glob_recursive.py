# glob with recursive=True: `**` matches zero or more directories; root_dir; escape; has_magic.
import glob
import os

root = 'tmp_glob_recursive'
for d in ['a/b/c', 'a/.h', 'z']:
    os.makedirs(os.path.join(root, d))
for name in ['top.py', 'a/one.py', 'a/b/two.py', 'a/b/c/three.py', 'a/b/c/data.txt',
             'a/.h/hidden.py', 'z/four.py']:
    with open(os.path.join(root, name), 'w') as f:
        f.write('x')
try:
    print(sorted(glob.glob(root + '/**/*.py', recursive=True)))
    print(sorted(glob.glob(root + '/**', recursive=True)))
    print(sorted(glob.glob(root + '/**/', recursive=True)))
    print(sorted(glob.glob(root + '/**/*.py')))
    print(sorted(glob.glob('**/*.txt', root_dir=root, recursive=True)))
    print(sorted(glob.glob('**', root_dir=root, recursive=True)))
    print(sorted(glob.glob('**', root_dir=root, recursive=True, include_hidden=True)))
    print(sorted(glob.glob('a/*', root_dir=root)))
    print(sorted(glob.glob('*/b', root_dir=root)))
    print(glob.glob('top.py', root_dir=root), glob.glob('missing', root_dir=root))
    print(sorted(glob.glob('a/**/three.py', root_dir=root, recursive=True)))
    print(sorted(glob.glob('a**', root_dir=root, recursive=True)))
finally:
    for dirpath, dirs, files in os.walk(root, topdown=False):
        for name in files:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)
print(glob.escape('a*b?c[d]e'), glob.escape('/x/[y]'), glob.escape(b'q*'))
print(glob.has_magic('abc'), glob.has_magic('a[b'), glob.has_magic(b'*'))
print(sorted(glob.__all__))
