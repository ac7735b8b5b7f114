# Multiple inheritance: C3 linearization, diamond, and a hierarchy C3 refuses.
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who())

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass

print([k.__name__ for k in Aa.__mro__])
print([k.__name__ for k in Aa.mro()])

class X: pass
class Y: pass

try:
    class Bad(X, Y, X):
        pass
except TypeError as e:
    print("TypeError:", e)

class P(X, Y): pass
class Q(Y, X): pass

try:
    class R(P, Q):
        pass
except TypeError as e:
    print("TypeError:", e)

class Mixin:
    tag = "mixin"

class Base:
    tag = "base"

class Both(Mixin, Base):
    pass

print(Both.tag, Both().tag)
