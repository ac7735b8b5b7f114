# Benchmark: recursive function calls (fib(27), repeated).
# Measures the cost of a Python-level call and return, integer add and compare.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for round_number in range(28):
    total += fib(27)
print("fib checksum", total)
