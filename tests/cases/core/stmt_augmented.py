# Augmented assignment for every operator, on names, attributes and subscripts.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 4; print(n)
n **= 10; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
n &= 0xFF; print(n)
n |= 0x100; print(n)
n ^= 0x3; print(n)
f = 7
f /= 2; print(f)
s = "ab"
s *= 3; print(s)
s += "!"; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
old = tup
tup += (2,)
print(tup, old, tup is old)


class Counter:
    def __init__(self):
        self.count = 0


c = Counter()
for _ in range(3):
    c.count += 2
print(c.count)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)
grid = [[1, 2], [3, 4]]
grid[1][0] *= 100
print(grid)
