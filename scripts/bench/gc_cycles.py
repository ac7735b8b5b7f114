# Benchmark: 1 000 000 small reference cycles made and dropped, freed only by the cycle
# collector's automatic runs (no gc.collect() in the loop): pairs of instances pointing at
# each other, every third round a dict joining the cycle, every fourth a list holding
# itself; one pair in 100 has a __del__.
# The checksum counts what was built and, after one final gc.collect(), how many __del__s
# ran, so it does not depend on when the collections happened.
import gc


class Pair:
    def __init__(self, value):
        self.value = value
        self.other = None


class FinalPair(Pair):
    finalized = 0

    def __del__(self):
        FinalPair.finalized += 1


def churn(rounds):
    total = 0
    for i in range(rounds):
        cls = FinalPair if i % 100 == 0 else Pair
        a = cls(i)
        b = cls(i + 1)
        a.other = b
        b.other = a
        total += a.other.value - b.other.value
        if i % 4 == 0:
            loop = [i, a]
            loop.append(loop)
            total += len(loop)
        if i % 3 == 0:
            meta = {"owner": b, "index": i}
            b.meta = meta
            total += len(b.meta)
    return total


checksum = churn(1000000)
gc.collect()
print("gc_cycles checksum", checksum, FinalPair.finalized, len(gc.garbage))
