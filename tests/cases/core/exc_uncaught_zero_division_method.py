# test: stderr
# Uncaught ZeroDivisionError in a method called through a lambda and a loop.
class Stats:
    def __init__(self, values):
        self.values = values

    def mean(self):
        return sum(self.values) / len(self.values)


compute = lambda stats: stats.mean()
for values in [[1, 2, 3], []]:
    print(compute(Stats(values)))
