# Benchmark: sorting lists of ints and tuples with key functions; list, dict and set comprehensions.
# Measures sorted()/list.sort with key= and reverse=, tuple comparison, comprehension loops.


def make_numbers(count, seed):
    numbers = []
    value = seed
    for i in range(count):
        value = (value * 1103515245 + 12345) % 2147483648
        numbers.append(value % 100000)
    return numbers


def run(rounds):
    total = 0
    for round_number in range(rounds):
        numbers = make_numbers(2000, round_number + 1)
        pairs = [(n % 100, n, str(n)) for n in numbers]
        by_last = sorted(pairs, key=lambda pair: (pair[0], -pair[1]))
        numbers.sort(reverse=True)
        squares = {n: n * n for n in numbers[:500]}
        distinct = {n % 997 for n in numbers}
        evens = [n for n in numbers if n % 2 == 0]
        by_length = sorted(numbers, key=lambda n: len(str(n)))
        total += by_last[0][1] + by_last[-1][1] + numbers[0] + len(squares) + len(distinct)
        total += len(evens) + by_length[0] + max(squares.values()) % 1000 + min(distinct)
    return total


print("sort_comprehensions checksum", run(360))
