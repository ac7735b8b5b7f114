# Two locks always taken in one order: no deadlock; every philosopher eats.
import threading
forks = [threading.Lock() for _ in range(5)]
meals = [0] * 5
def philosopher(i):
    first, second = sorted((i, (i + 1) % 5))
    for _ in range(50):
        with forks[first]:
            with forks[second]:
                meals[i] += 1
ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(meals)
