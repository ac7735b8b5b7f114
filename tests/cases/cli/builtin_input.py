# test: stderr
# input(): the prompt goes to sys.stdout, the line comes from sys.stdin (here /dev/null at
# first, then objects the script puts there).
import sys


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)
        self.calls = 0

    def readline(self):
        self.calls += 1
        return self.lines.pop(0) if self.lines else ""


class Out:
    def __init__(self):
        self.written = []
        self.flushed = 0

    def write(self, text):
        self.written.append(text)

    def flush(self):
        self.flushed += 1


sys.stdin = Lines("first line\n", "no newline", "crlf\r\n", "")
print(repr(input()), repr(input("prompt> ")), repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
print(sys.stdin.calls)

out = Out()
saved = sys.stdout
sys.stdin = Lines("answer\n")
sys.stdout = out
got = input(42)
sys.stdout = saved
print(repr(got), out.written, out.flushed)

for bad in [(1, 2), ()]:
    try:
        sys.stdin = Lines("x\n")
        print(repr(input(*bad)))
    except TypeError as e:
        print("TypeError", e)
try:
    input(prompt="p")
except TypeError as e:
    print("TypeError", e)


class NotText:
    def readline(self):
        return 5


sys.stdin = NotText()
try:
    input()
except TypeError as e:
    print("TypeError", type(e).__name__)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
sys.stdin = sys.__stdin__
del sys.stdout
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e, file=sys.__stdout__)
sys.stdout = sys.__stdout__
print("stdin is /dev/null now:")
sys.stdout.flush()
input("last prompt: ")
