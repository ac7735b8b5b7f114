# Default arguments: evaluated once, keyword calls, mutable default shared between calls.
def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(punctuation=".", name="Di", greeting="Bye"))


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

counter = 10


def snapshot(value=counter):
    return value


counter = 20
print(snapshot(), counter)


def none_default(items=None):
    if items is None:
        items = []
    items.append("x")
    return items


print(none_default(), none_default())
print(greet.__defaults__)
print(greet.__name__)
