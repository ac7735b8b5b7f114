# shutil.rmtree: nested trees, missing paths, files, symlinks, ignore_errors and onerror.
import os
import shutil

base = 'tmp_shutil_rmtree'
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'keep'))
with open(os.path.join(base, 'a', 'b', 'f.txt'), 'w') as f:
    f.write('x')
with open(os.path.join(base, 'file.txt'), 'w') as f:
    f.write('x')
os.symlink('keep', os.path.join(base, 'dirlink'))
os.symlink('gone', os.path.join(base, 'dangling'))

def onerror(func, path, exc_info):
    print('onerror', func.__name__, path, exc_info[0].__name__, exc_info[1])

shutil.rmtree(os.path.join(base, 'a'))
print(sorted(os.listdir(base)))
for target in ['missing', 'file.txt', 'dirlink', 'dangling']:
    p = os.path.join(base, target)
    try:
        shutil.rmtree(p)
    except OSError as e:
        print(target, type(e).__name__, e)
    shutil.rmtree(p, ignore_errors=True)
    shutil.rmtree(p, onerror=onerror)
print(sorted(os.listdir(base)))
print(os.path.isdir(os.path.join(base, 'keep')))
try:
    shutil.rmtree(base, dir_fd=None)
finally:
    print(os.path.exists(base))
print(shutil.rmtree.avoids_symlink_attacks in (True, False))
