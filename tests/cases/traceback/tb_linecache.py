# traceback/linecache: lines come from linecache (getline, getlines, cache, checkcache,
# clearcache, updatecache, a module_globals loader); missing lines leave the entry without one.
import linecache
import os

name = "_tmp_linecache_src.py"
with open(name, "w") as f:
    f.write("first = 1\n    second = 2\nthird")
print(repr(linecache.getline(name, 1)), repr(linecache.getline(name, 2)),
      repr(linecache.getline(name, 3)), repr(linecache.getline(name, 4)),
      repr(linecache.getline(name, 0)))
print(linecache.getlines(name), name in linecache.cache)
size, mtime, lines, fullname = linecache.cache[name]
print(size, len(lines), fullname)
with open(name, "w") as f:
    f.write("changed\n")
print(repr(linecache.getline(name, 1)))
linecache.checkcache(name)
print(repr(linecache.getline(name, 1)))
linecache.clearcache()
print(linecache.cache)
os.remove(name)
print(linecache.getlines(name), linecache.getline("<string>", 1), linecache.getlines(""))
linecache.checkcache()
print(repr(linecache.getline(os.path.basename(__file__), 1)))


class Loader:
    def get_source(self, modname):
        return "# source of %s\nline two" % modname


print(linecache.lazycache("virtual.py", {"__name__": "virt", "__loader__": Loader()}))
print(len(linecache.cache["virtual.py"]), linecache.lazycache("virtual.py", None))
print(linecache.getlines("virtual.py"))
print(linecache.lazycache("<virtual>", {"__name__": "v", "__loader__": Loader()}),
      linecache.lazycache("other.py", {}))
with open(name, "wb") as f:
    f.write(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n")
print(linecache.getlines(name))
os.remove(name)
