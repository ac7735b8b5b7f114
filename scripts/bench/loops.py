# Benchmark: nested loops doing integer arithmetic on small ints.
# Measures the eval loop itself: range iteration, local variable access, +, *, %, //, comparisons.


def work(size):
    total = 0
    for i in range(size):
        row = 0
        for j in range(size):
            value = i * j + (i ^ j)
            if value % 3 == 0:
                row += value // 3
            else:
                row -= j
        total = (total + row) % 1000000007
    return total


print("loops checksum", work(2500))
