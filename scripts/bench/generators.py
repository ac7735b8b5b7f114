# Benchmark: generator pipelines: chained generators, sum of a generator expression, yield from.
# Measures generator frame suspension and resumption, generator expressions, delegation via yield from.


def numbers(limit):
    value = 0
    while value < limit:
        yield value
        value += 1


def only_odd(source):
    for value in source:
        if value % 2:
            yield value


def squared(source):
    for value in source:
        yield value * value % 1000003


def chunks(limit, size):
    for start in range(0, limit, size):
        yield from numbers(size)


def run(limit):
    pipeline_total = sum(squared(only_odd(numbers(limit))))
    expression_total = sum(value * 3 for value in range(limit) if value % 5 != 0)
    delegated_total = sum(chunks(limit, 1000))
    zipped_total = 0
    for index, (first, second) in enumerate(zip(numbers(limit // 4), squared(numbers(limit // 4)))):
        zipped_total += (first ^ second) + index % 3
    return pipeline_total, expression_total, delegated_total, zipped_total


print("generators checksum", run(2500000))
