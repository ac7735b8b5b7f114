# os: create, stat, rename, replace and remove files and folders inside the case folder.
import os

base = "os_files_case.tmpdir"


def cleanup(path):
    if os.path.isdir(path) and not os.path.islink(path):
        for name in os.listdir(path):
            cleanup(os.path.join(path, name))
        os.rmdir(path)
    elif os.path.lexists(path):
        os.remove(path)


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
        print(label, "ok" if result is None else result)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.filename, e.strerror, isinstance(e, OSError))


cleanup(base)
os.mkdir(base)
print(os.path.isdir(base), os.listdir(base), os.listdir(base + "/"))
names = ["one.txt", "two.txt", "three.log"]
for i, name in enumerate(names):
    with open(os.path.join(base, name), "w") as f:
        f.write("x" * (i * 10 + 1))
print(sorted(os.listdir(base)))
st = os.stat(os.path.join(base, "two.txt"))
print(st.st_size, st[6], len(st), type(st).__name__, oct(st.st_mode & 0o170000), type(st.st_mtime).__name__, type(st[8]).__name__)
print(st.st_mtime_ns // 10 ** 9 == st[8], st.st_nlink, os.path.getsize(os.path.join(base, "three.log")))
print(abs(os.path.getmtime(os.path.join(base, "one.txt")) - st.st_mtime) < 100)
os.rename(os.path.join(base, "one.txt"), os.path.join(base, "uno.txt"))
os.replace(os.path.join(base, "two.txt"), os.path.join(base, "three.log"))
print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, "three.log")))
os.makedirs(os.path.join(base, "deep", "er", "est"))
os.makedirs(os.path.join(base, "deep", "er"), exist_ok=True)
print(os.path.isdir(os.path.join(base, "deep", "er", "est")), sorted(os.listdir(base)))
attempt("makedirs existing", os.makedirs, os.path.join(base, "deep"))
attempt("mkdir existing", os.mkdir, base)
attempt("mkdir missing parent", os.mkdir, os.path.join(base, "no", "such"))
attempt("rmdir not empty", os.rmdir, os.path.join(base, "deep"))
attempt("rmdir missing", os.rmdir, os.path.join(base, "missing"))
attempt("remove missing", os.remove, os.path.join(base, "missing.txt"))
attempt("unlink dir", os.unlink, os.path.join(base, "deep"))
attempt("listdir file", os.listdir, os.path.join(base, "uno.txt"))
attempt("listdir missing", os.listdir, "no_such_dir_zz")
attempt("stat missing", os.stat, "no_such_file_zz")
attempt("getsize missing", os.path.getsize, "no_such_file_zz")
attempt("chdir missing", os.chdir, "no_such_dir_zz")
attempt("open missing", open, os.path.join(base, "missing", "f.txt"))
try:
    os.rename("no_such_zz", "other_zz")
except FileNotFoundError as e:
    print("rename", e.errno, e.filename, e.filename2)
try:
    os.stat(None)
except TypeError as e:
    print("TypeError:", e)
try:
    os.mkdir(3.5)
except TypeError as e:
    print("TypeError:", e)
try:
    os.listdir(2.5)
except TypeError as e:
    print("TypeError:", e)
here = os.getcwd()
os.chdir(base)
print(os.path.basename(os.getcwd()), sorted(os.listdir()), sorted(os.listdir(".")))
os.chdir("..")
print(os.getcwd() == here)
os.removedirs(os.path.join(base, "deep", "er", "est"))
print(sorted(os.listdir(base)))
for name in os.listdir(base):
    os.unlink(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.getppid() > 0, os.getpid() != os.getppid())
print(os.getenv("GILT_SURELY_UNSET_VARIABLE"), os.getenv("GILT_SURELY_UNSET_VARIABLE", "dflt"), type(os.environ).__name__ in ("dict", "_Environ"))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    os.getenv(1)
except TypeError as e:
    print("TypeError:", e)
tree = "os_files_walk.tmpdir"
cleanup(tree)
os.makedirs(os.path.join(tree, "a", "b"))
os.makedirs(os.path.join(tree, "c"))
open(os.path.join(tree, "a", "f.txt"), "w").close()
for root, dirs, files in os.walk(tree):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
cleanup(tree)
