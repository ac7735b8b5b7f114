# random: many values for several seeds must equal CPython's Mersenne Twister sequences.
import random

for seed in [0, 1, 42, 2 ** 40, -5, 2 ** 100 + 7, 3.5, "hello", b"bytes seed", "", True]:
    random.seed(seed)
    print("seed", repr(seed))
    print([random.random() for _ in range(5)])
    print([random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 64, 65, 100)])
    print([random.randrange(1000) for _ in range(8)], [random.randrange(-50, 50, 7) for _ in range(8)])
    print([random.randint(1, 6) for _ in range(20)])
    print([random.randrange(10, 0, -3) for _ in range(8)], random.randrange(2 ** 70))
    print([random.choice("abcdefghij") for _ in range(10)])
    items = list(range(20))
    random.shuffle(items)
    print(items)
    print(random.sample(range(1000), 10), random.sample(range(30), 30)[:10])
    print(random.sample(["a", "b", "c", "d"], 2), random.sample(range(100000), 3))
    print(random.sample("abcde", 3, counts=[1, 2, 3, 1, 1]))
    print(random.choices("xyz", k=6), random.choices([1, 2, 3], weights=[5, 1, 1], k=6))
    print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=6))
    print([random.uniform(-1, 1) for _ in range(3)], random.triangular(), random.triangular(0, 10, 2))
    print([random.gauss(0, 1) for _ in range(3)], [random.normalvariate(5, 2) for _ in range(3)])
    print([random.expovariate(1.5) for _ in range(3)], random.betavariate(2, 3), random.gammavariate(0.5, 1))
    print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
    print(random.randbytes(5))

r1 = random.Random(123)
r2 = random.Random(123)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.randint(0, 99), r2.randint(0, 99))
state = r1.getstate()
a = [r1.random() for _ in range(4)]
r1.setstate(state)
print(a == [r1.random() for _ in range(4)], len(state), state[0], len(state[1]))
random.seed(99)
x = random.random()
random.seed(99)
print(x == random.random(), random.Random(99).random() == x)


class MyRandom(random.Random):
    def pick(self):
        return self.randint(1, 10)


print([MyRandom(5).pick() for _ in range(3)])
random.seed()
print(0 <= random.random() < 1)
s = random.SystemRandom()
print(0 <= s.random() < 1, 0 <= s.randrange(10) < 10, s.getrandbits(8) < 256)
