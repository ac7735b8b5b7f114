# Sorting: stability across run and merge sizes, reverse keeps equal items in order,
# an inconsistent __lt__ loses no item, and an error mid-sort leaves every item in the list.
import random

random.seed(5)
for n in [0, 1, 2, 15, 16, 17, 31, 32, 33, 100, 1000, 4097]:
    xs = [random.randint(0, 50) for _ in range(n)]
    pairs = [(x, i) for i, x in enumerate(xs)]
    by_key = sorted(pairs, key=lambda p: p[0])
    assert by_key == sorted(pairs), n
    backwards = sorted(pairs, key=lambda p: p[0], reverse=True)
    assert backwards == sorted(pairs, key=lambda p: (-p[0], p[1])), n
    ys = list(xs)
    ys.sort(reverse=True)
    assert ys == sorted(xs)[::-1]
    print(n, by_key[:3], backwards[:3])


class Coin:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return random.random() < 0.5


coins = sorted([Coin(i) for i in range(300)])
print(len(coins), sorted(c.v for c in coins) == list(range(300)))


class Refuses:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 7 or other.v == 7:
            raise ValueError("no order for 7")
        return self.v < other.v


items = [Refuses(v) for v in [9, 3, 7, 1, 5]]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e)
print(sorted(i.v for i in items))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
words = ["pear", "Fig", "apple", "fig", "Pear", "kiwi"]
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
