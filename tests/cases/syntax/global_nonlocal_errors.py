# global and nonlocal: the SyntaxErrors of misplaced declarations, and what works
def check(source):
    try:
        compile(source, "<case>", "exec")
        print("compiles")
    except SyntaxError as error:
        print(f"{error.msg} (line {error.lineno}, offset {error.offset}, end {error.end_offset})")

check("def f():\n    x = 1\n    global x\n")
check("def f():\n    print(x)\n    global x\n")
check("def f(x):\n    global x\n")
check("def f(x):\n    nonlocal x\n")
check("nonlocal x\n")
check("def f():\n    nonlocal x\n")
check("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n")
check("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n")
check("x: int = 1\nglobal x\n")
check("def f():\n    x: int = 1\n    global x\n")
check("def f():\n    global x\n    x: int = 1\n")
check("def f():\n    nonlocal x\n    x: int\n")
check("class C:\n    nonlocal x\n")
check("def f():\n    class C:\n        nonlocal x\n")
check("def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n")
check("x = 1\nglobal x\n")
check("global x\nx = 1\n")
check("def f():\n    global x\n    global x\n")
check("def f():\n    del x\n    global x\n")
check("def f():\n    for x in y: pass\n    global x\n")
check("def f():\n    import x\n    global x\n")
check("def f():\n    def x(): pass\n    global x\n")
check("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n")
check("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n")
check("def f():\n    match y:\n        case x:\n            pass\n    global x\n")
check("def f():\n    try:\n        pass\n    except E as x:\n        pass\n    global x\n")
check("def f():\n    [x := 1 for y in z]\n    global x\n")
check("def f():\n    global x\n    [x := 1 for y in z]\n")

# Declarations that work.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print("counter", counter)

def outer():
    value = "outer"
    def inner():
        nonlocal value
        value = "changed by inner"
    inner()
    return value
print(outer())

def declared_only():
    global brand_new
    brand_new = "made by a function"
declared_only()
print(brand_new)

def nested_nonlocal():
    x = 0
    def middle():
        def innermost():
            nonlocal x
            x += 10
        innermost()
    middle()
    return x
print(nested_nonlocal())

def match_binds_nonlocal():
    found = None
    def search(items):
        nonlocal found
        match items:
            case [first, *_]:
                found = first
    search([4, 5])
    return found
print(match_binds_nonlocal())
