# random without printing values: ranges respected, sample distinct, shuffle is a permutation.
import random

random.seed(7)
values = [random.random() for _ in range(1000)]
print(all(0.0 <= v < 1.0 for v in values))
ints = [random.randint(-3, 3) for _ in range(1000)]
print(min(ints), max(ints), sorted(set(ints)))
print(all(random.randrange(0, 10, 2) % 2 == 0 for _ in range(200)))
sample = random.sample(range(50), 50)
print(sorted(sample) == list(range(50)))
deck = list("abcdefgh")
random.shuffle(deck)
print(sorted(deck) == list("abcdefgh"))
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(100)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
