# weakref.proxy: attribute reads and writes, method calls, calling a callable through a
# CallableProxyType, operators forwarded; after the object dies any use raises
# ReferenceError "weakly-referenced object no longer exists".
import weakref


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, n):
        self.balance += n
        return self.balance

    def __len__(self):
        return 3

    def __add__(self, other):
        return self.balance + other


acc = Account("ann", 10)
p = weakref.proxy(acc)
print(type(p).__name__, p.owner, p.balance)
print("method:", p.deposit(5), acc.balance)
p.owner = "bob"
print("set through proxy:", acc.owner)
print("len and +:", len(p), p + 1)
print("hasattr:", hasattr(p, "deposit"), hasattr(p, "missing"))


def greet(name):
    return "hello " + name


cp = weakref.proxy(greet)
print(type(cp).__name__, cp("gilt"))
calls = []
p2 = weakref.proxy(acc, lambda pr: calls.append("callback"))
del acc
print("callback:", calls)
for action in (lambda: p.owner, lambda: p.deposit(1), lambda: len(p), lambda: p + 1):
    try:
        action()
    except ReferenceError as e:
        print(type(e).__name__, e)
try:
    p.owner = "x"
except ReferenceError as e:
    print("setattr:", type(e).__name__, e)
print("ReferenceError is an Exception:", issubclass(ReferenceError, Exception))
