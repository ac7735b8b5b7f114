# os: make a folder, create files in it, listdir (sorted), rename, remove, rmdir.
import os

folder = "os_listdir_case.tmpdir"
if os.path.exists(folder):
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
os.mkdir(folder)
print(os.listdir(folder))
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join(folder, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(folder)))
os.rename(os.path.join(folder, "c.log"), os.path.join(folder, "d.log"))
print(sorted(os.listdir(folder)), os.path.getsize(os.path.join(folder, "a.txt")))
try:
    os.mkdir(folder)
except FileExistsError as e:
    print("FileExistsError")
for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
print(os.path.exists(folder))
try:
    os.listdir(folder)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno)
try:
    os.remove("no_such_file.tmp")
except OSError as e:
    print(type(e).__name__, e.errno)
