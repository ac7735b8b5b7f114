# Generator expressions: laziness, single use, as arguments, nested, with conditions.
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "banana"), reverse=True))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))


def noisy(n):
    print("produce", n)
    return n


lazy = (noisy(i) for i in range(3))
print("nothing produced yet")
for value in lazy:
    print("consume", value)
print(any(x > 2 for x in [1, 2, 3, 4]), all(x > 0 for x in []))
print(dict((k, len(k)) for k in ["one", "three"]))
print(tuple(str(n) for n in (1, 2)))
print(",".join(str(n) for n in range(5)))
