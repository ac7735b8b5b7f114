# Closures: captured variables, nonlocal counters, shared cells, late binding.
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count
    return increment

first = make_counter()
second = make_counter()
print(first(), first(), first(), second())

def make_pair():
    value = []

    def push(x):
        value.append(x)

    def get():
        return list(value)
    return push, get

push, get = make_pair()
push(1)
push(2)
print(get())

def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()

print(outer())

def multipliers():
    return [lambda v: v * i for i in range(4)]

print([m(2) for m in multipliers()])

def accumulate(start):
    total = start

    def add(amount):
        nonlocal total
        total += amount
        return total
    return add

acc = accumulate(100)
print(acc(10), acc(20))
