# compile(), exec and eval with explicit namespaces; global lookups see every rebinding.
import builtins

code = compile("y = x * 2", "<snippet>", "exec")
for i in range(3):
    namespace = {"x": i}
    exec(code, namespace)
    print(namespace["y"])
print(eval(compile("1 + 2 * 3", "<expr>", "eval")), eval("x + 1", {"x": 41}))
x = 1


def read_x():
    return x


print(read_x())
x = 5
print(read_x())


def uses_len():
    return len("ab")


print(uses_len())
saved = builtins.len
builtins.len = lambda s: 99
print(uses_len())
builtins.len = saved
print(uses_len())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    compile("1", "<m>", "nonsense")
except ValueError as e:
    print("ValueError:", e)
