# open(): every mode letter combination, the classes each makes, and CPython's errors.
import os

path = "open_modes_case.tmp"
with open(path, "w") as f:
    f.write("content\n")


def t(mode, **kwargs):
    try:
        f = open(path, mode, **kwargs)
    except (ValueError, TypeError, OSError, LookupError) as e:
        print(repr(mode), kwargs, type(e).__name__, e)
        return
    print(repr(mode), kwargs, type(f).__name__, f.mode, f.readable(), f.writable(), repr(f))
    f.close()


for mode in ["r", "rt", "tr", "r+", "+r", "rt+", "rb", "br", "rb+", "r+b", "w", "wt", "w+", "wb",
             "w+b", "a", "at", "a+", "ab", "ab+", "a+b"]:
    t(mode)
    with open(path, "w") as f:
        f.write("content\n")
os.remove(path)
t("x")
t("x+")
t("xb")
os.remove(path)
t("xb+")
t("x")
os.remove(path)
for mode in ["", "rw", "rr", "rbb", "r++", "U", "rU", "z", "R", " r", "+", "b", "t", "bt",
             "rbt", "xw", "wa", "ra", "r\0"]:
    t(mode)
with open(path, "w") as f:
    f.write("content\n")
t("rb", encoding="utf-8")
t("rb", errors="strict")
t("rb", newline="")
t("rb", newline=None)
t("r", newline="x")
t("r", newline=5)
t("r", buffering=0)
t("rb", buffering=0)
t("r", encoding=5)
t("r", errors=5)
t("r", encoding="no-such-encoding")
t("r", closefd=False)
t(5)
for bad in [5.0, None, [path]]:
    try:
        open(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    open(path, "r", 1, "utf-8", "strict", None, True, None, 9)
except TypeError as e:
    print(type(e).__name__, e)
try:
    open(path, nonsense=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    open()
except TypeError as e:
    print(type(e).__name__, e)
for name, mode in [("missing_dir/x.txt", "w"), (".", "r"), (".", "w"), (path, "x"), ("", "r"),
                   ("no_such_file.txt", "r"), ("no_such_file.txt", "r+")]:
    try:
        open(name, mode)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e)
f = open(path.encode())
print(repr(f), f.name)
f.close()


class Path:
    def __fspath__(self):
        return path


f = open(Path())
print(repr(f), f.name == path or f.name)
f.close()
f = open(path, "a")
print(f.tell(), f.write("more\n"), f.tell())
f.close()
with open(path, "rb") as f:
    print(f.read())
print(os.path.exists(path))
os.remove(path)
try:
    open(path, "w", encoding="bogus")
except LookupError as e:
    print("LookupError", e, os.path.exists(path))
os.remove(path)
