# random with a fixed seed: the values must equal CPython's Mersenne Twister sequence.
import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(5)])
print([random.randrange(10) for _ in range(5)], random.randrange(0, 100, 5), random.randrange(5, 10))
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
items = list(range(10))
random.shuffle(items)
print(items)
print(round(random.uniform(1.5, 2.5), 12), random.sample(range(100), 5), random.sample("abcdef", 3))
random.seed(42)
print(random.random())
random.seed(12345)
print(random.getrandbits(32), random.getrandbits(70), random.choices("xyz", k=4))
