# Operations on closed files, read-only and write-only files: CPython's exact messages, which
# differ between the text, buffered and raw layers.
import io
import os

path = "open_closed_case.tmp"
with open(path, "w") as f:
    f.write("abc\n")
files = {
    "r": open(path),
    "a": open(path, "a"),
    "rb": open(path, "rb"),
    "ab": open(path, "ab"),
    "rb0": open(path, "rb", buffering=0),
    "ab0": open(path, "ab", buffering=0),
}


def t(label, f):
    try:
        print(label, "ok", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("text write on r", lambda: files["r"].write("x"))
t("text read on a", lambda: files["a"].read())
t("text readline on a", lambda: files["a"].readline())
t("bin write on r", lambda: files["rb"].write(b"x"))
t("bin read on a", lambda: files["ab"].read())
t("raw write on r", lambda: files["rb0"].write(b"x"))
t("raw read on a", lambda: files["ab0"].read())
t("text write bytes", lambda: files["a"].write(b"x"))
t("bin write str", lambda: files["ab"].write("x"))
t("text write int", lambda: files["a"].write(5))
t("read str arg", lambda: files["r"].read("x"))
t("read float arg", lambda: files["r"].read(1.5))
t("readline str arg", lambda: files["r"].readline("x"))
t("text seek bad whence", lambda: files["r"].seek(0, 5))
t("text seek cur", lambda: files["r"].seek(1, 1))
t("text seek end", lambda: files["r"].seek(-1, 2))
t("text seek negative", lambda: files["r"].seek(-1))
t("text seek str", lambda: files["r"].seek("x"))
t("flags r", lambda: (files["r"].readable(), files["r"].writable(), files["r"].seekable()))
t("flags ab", lambda: (files["ab"].readable(), files["ab"].writable(), files["ab"].seekable()))
print(isinstance(io.UnsupportedOperation("x"), OSError), isinstance(io.UnsupportedOperation("x"), ValueError))
print(io.UnsupportedOperation.__mro__)
for f in files.values():
    f.close()
r, rb, rb0, a, ab = files["r"], files["rb"], files["rb0"], files["a"], files["ab"]
t("closed read", lambda: r.read())
t("closed write", lambda: a.write("x"))
t("closed bin read", lambda: rb.read())
t("closed bin write", lambda: ab.write(b"x"))
t("closed raw read", lambda: rb0.read())
t("closed readable", lambda: r.readable())
t("closed tell", lambda: r.tell())
t("closed seek", lambda: r.seek(0))
t("closed iter", lambda: iter(r))
t("closed next", lambda: next(r))
t("closed with", lambda: r.__enter__())
t("closed fileno", lambda: r.fileno())
t("closed bin fileno", lambda: rb.fileno())
t("closed isatty", lambda: r.isatty())
t("closed flush", lambda: r.flush())
t("closed bin flush", lambda: ab.flush())
t("closed readlines", lambda: r.readlines())
t("closed writelines", lambda: a.writelines([]))
t("closed truncate", lambda: a.truncate())
t("close again", lambda: r.close())
t("closed attributes", lambda: (r.closed, rb.closed, r.name, rb.name, r.mode, rb.mode, r.encoding))
t("closed reprs", lambda: (repr(r), repr(rb), repr(rb0)))
t("closed buffer", lambda: r.buffer)
os.remove(path)
