# positional-only and keyword-only parameters: calls and their errors
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs

print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, f=7))
print(f(1, c=30, d=40))
print(f(1, 2, d=4, a=99, b=98))

def posonly(a, b, /):
    return a, b
def kwonly(*, x, y=0):
    return x, y
def mixed(a, /, b, *, c):
    return a, b, c
def keywords_named_like_posonly(a, /, **kw):
    return a, kw

print(posonly(1, 2), kwonly(x=1), kwonly(y=2, x=1), mixed(1, 2, c=3), mixed(1, b=2, c=3))
print(keywords_named_like_posonly(1, a=2))

calls = [
    "f()", "f(1)", "f(d=1)", "f(a=1, d=1)", "f(1, 2, 3, b=2, d=1)",
    "posonly(1)", "posonly(1, 2, 3)", "posonly(a=1, b=2)", "posonly(1, b=2)",
    "kwonly()", "kwonly(1)", "kwonly(x=1, z=2)", "kwonly(1, 2, x=3)",
    "mixed(1, 2, 3)", "mixed(1, c=3)", "mixed(a=1, b=2, c=3)", "mixed()",
    "f(1, **{'d': 1}, d=2)",
]
for call in calls:
    try:
        print(call, "->", eval(call))
    except TypeError as error:
        print(call, "->", error)

# Defaults are evaluated once; keyword-only defaults too.
def append(item, items=[], *, seen={}):
    items.append(item)
    seen[item] = len(items)
    return items, seen
print(append(1), append(2))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_argcount, f.__code__.co_varnames[:7])

# Lambdas take the same parameter forms.
g = lambda a, /, b=1, *c, d, **e: (a, b, c, d, e)
print(g(0, d=2), g(0, 1, 2, 3, d=4, z=5))
h = lambda *, k: k
print(h(k="only keyword"))
try:
    h(1)
except TypeError as error:
    print(error)

# Methods: self is positional.
class Account:
    def deposit(self, amount, /, *, note=""):
        return amount, note
print(Account().deposit(5, note="n"))
try:
    Account().deposit(amount=5)
except TypeError as error:
    print(error)
