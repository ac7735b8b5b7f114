# open() for text files: write, append, read, readline, readlines, iteration, with, modes, errors.
import os

path = "open_text_case.tmp"
with open(path, "w") as f:
    print(f.write("first line\n"), f.write("second 中文\n"))
    f.write("third")
with open(path, "a") as f:
    f.write(" appended\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip("\n"))
f = open(path)
print(f.closed, f.read(5), f.read(3))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)
print(os.path.exists(path))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
