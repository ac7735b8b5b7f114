# os.path: posixpath's string operations, edge cases included, and the argument type errors.
import os
import os.path

paths = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "/a/b/", "a//b", "./a", "../a", "a/./b/../c", "/../x",
         "//x/y", "///x//y/", ".bashrc", "dir/.hidden", "a.b/c", "file.tar.gz", "a/b.c.d", "..", "...", "a/..",
         "~", "~/x", "x/~", "a/b/../../..", "/x/y/../../../z", "é/ü.txt"]
for p in paths:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p),
          os.path.normpath(p), os.path.isabs(p))
print(os.path.join("a"), os.path.join("a", "b"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"))
print(os.path.join("", "a"), os.path.join("a", ""), os.path.join("", ""), os.path.join("/", "a", "", "b/"))
print(os.path.expanduser("~") == os.environ.get("HOME"), os.path.expanduser("no/tilde"), os.path.expanduser("~nosuchuser_zz/x"))
print(os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"), os.path.abspath("/a/./b"), os.path.realpath("/a/../b"))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/a/b"), os.path.relpath("/a", "/a"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), repr(os.path.commonprefix([])))
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.linesep == "\n", os.devnull, os.name)
print(os.path.sep, os.path.curdir, os.path is os.path, os.error is OSError)
for bad in [1, None, 2.5, ["a"]]:
    for f in [os.path.basename, os.path.dirname, os.path.split, os.path.splitext, os.path.normpath, os.path.isabs, os.path.abspath]:
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__ + ":", e)
try:
    os.path.join("a", 1)
except TypeError as e:
    print("join:", e)
try:
    os.path.exists(None)
except TypeError as e:
    print("exists:", e)
try:
    os.path.isdir(2.5)
except TypeError as e:
    print("isdir:", e)
print(os.path.exists(""), os.path.isfile(""), os.path.isdir(""), os.path.islink("os_path_ops.py"), os.path.lexists("os_path_ops.py"))
