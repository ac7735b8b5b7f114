# sys.displayhook: what the REPL and compile(..., 'single') call for an expression's value.
import builtins
import sys

print(sys.displayhook is sys.__displayhook__, type(sys.displayhook).__name__)
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
print(repr(builtins._))
sys.displayhook([1, (2, 3), {"k": None}])
print(builtins._)
try:
    sys.displayhook()
except TypeError as e:
    print("TypeError", e)
try:
    sys.displayhook(1, 2)
except TypeError as e:
    print("TypeError", e)


class Loud:
    def __repr__(self):
        print("repr runs with _ =", repr(builtins._))
        return "<Loud>"


sys.displayhook(Loud())
print(type(builtins._).__name__)

exec(compile("1 + 1", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
exec(compile("for i in range(3): i * 10\n", "<single>", "single"))
exec(compile("'a'; 'b'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
print(builtins._)

seen = []
sys.displayhook = seen.append
exec(compile("7 * 6", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("if True:\n    'x'\n    'y'\n", "<single>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)

del sys.displayhook
try:
    exec(compile("99", "<single>", "single"))
except RuntimeError as e:
    print("RuntimeError", e)
sys.displayhook = sys.__displayhook__


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


saved = sys.stdout
sys.stdout = Recorder()
sys.displayhook("to recorder")
recorded = sys.stdout.parts
sys.stdout = saved
print(recorded)
