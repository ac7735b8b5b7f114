# os: getcwd is the case folder, sep, getpid, cpu_count, environ.get, path helpers.
import os

print(os.getcwd().endswith("core"), os.path.basename(os.getcwd()))
print(os.sep, os.getpid() > 0, os.cpu_count() > 0, type(os.getpid()).__name__)
print(os.environ.get("GILT_SURELY_UNSET_VARIABLE", "unset"), "PATH" in os.environ)
os.environ["GILT_CASE_VARIABLE"] = "set here"
print(os.environ["GILT_CASE_VARIABLE"], os.environ.get("GILT_CASE_VARIABLE"))
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.dirname("file"))
print(os.path.split("/x/y/z.py"), os.path.splitext("archive.tar.gz"), os.path.splitext("noext"))
print(os.path.exists("os_basics.py"), os.path.exists("no_such_thing"), os.path.isfile("os_basics.py"))
print(os.path.isdir("."), os.path.isdir("os_basics.py"), os.path.abspath(".") == os.getcwd())
print(os.path.normpath("a/./b/../c"), os.path.isabs("/x"), os.path.isabs("x"))
