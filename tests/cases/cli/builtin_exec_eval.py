# exec() and eval(): namespaces, __builtins__, code objects, and CPython's errors.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


t("eval expr", lambda: eval("1 + 2 * 3"))
t("eval leading spaces", lambda: eval("   \t 40 + 2"))
t("eval globals", lambda: eval("x * 2", {"x": 21}))
t("eval locals win", lambda: eval("x", {"x": 1}, {"x": 2}))
t("eval None globals", lambda: eval("y", None, {"y": 3}))
t("eval bytes", lambda: eval(b"'from bytes'"))
g = {}
exec("a = 1\nb = a + 1", g)
print(sorted(g), g["a"], g["b"], g["__builtins__"] is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(g["__builtins__"]).__name__)
l = {}
exec("c = 3", g, l)
print(sorted(l), "c" in g)
t("exec returns", lambda: exec("1 + 1"))
t("exec bytes", lambda: exec(b"print('exec of bytes')"))


def uses_caller():
    local = 10
    return eval("local + 1")


t("caller locals", uses_caller)


def exec_in_function():
    exec("print('inside', __name__)")
    ns = {}
    exec("def f(n):\n    return n * 3", ns)
    return ns["f"](4)


t("exec in function", exec_in_function)
code = compile("z = 7", "<compiled>", "exec")
ns = {}
exec(code, ns)
t("exec code", lambda: ns["z"])
t("eval of exec code", lambda: eval(code, {}))
t("eval code", lambda: eval(compile("6 * 7", "<e>", "eval")))
t("exec name", lambda: exec("print(__name__)", {}))
t("exec given name", lambda: exec("print(__name__)", {"__name__": "given"}))


class Mapping:
    def __getitem__(self, key):
        if key == "known":
            return "from mapping"
        raise KeyError(key)


t("mapping locals", lambda: eval("known", {}, Mapping()))
t("mapping locals missing", lambda: eval("unknown", {}, Mapping()))
t("list locals", lambda: eval("1", {}, []))

t("eval no args", lambda: eval())
t("exec no args", lambda: exec())
t("eval 4 args", lambda: eval("1", {}, {}, {}))
t("exec 4 args", lambda: exec("1", {}, {}, {}))
t("eval kwargs", lambda: eval("1", globals={}))
t("exec kwargs", lambda: exec("1", globals={}))
t("exec closure None", lambda: exec("pass", closure=None))
t("eval int", lambda: eval(3))
t("exec int", lambda: exec(3))
t("eval list globals", lambda: eval("1", []))
t("eval mapping globals", lambda: eval("1", Mapping()))
t("exec list globals", lambda: exec("1", []))
t("eval int locals", lambda: eval("1", {}, 5))
t("exec int locals", lambda: exec("1", {}, 5))
t("eval statement", lambda: eval("a = 1"))
t("eval empty", lambda: eval("  "))
t("exec return", lambda: exec("return 1"))
t("exec syntax", lambda: exec("if True print(1)"))
t("exec indent", lambda: exec("if 1:\n  pass\n pass"))
t("eval null", lambda: eval("1\0"))
t("exec raises", lambda: exec("raise ValueError('inner')"))
t("eval raises", lambda: eval("1 / 0"))
t("name error", lambda: eval("undefined_name"))
ns = {"x": 1}
exec("x += 1\ny = x", ns)
print(ns["x"], ns["y"])
exec("global q\nq = 'global'", ns)
print(ns["q"])
