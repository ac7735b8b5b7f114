# Function decorators: plain, stacked, with arguments, and keeping state.
def shout(function):
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs).upper()
    return wrapper

def exclaim(function):
    def wrapper(*args):
        return function(*args) + "!"
    return wrapper

@shout
def hello(name):
    return "hello " + name

@exclaim
@shout
def bye(name):
    return "bye " + name

print(hello("ann"))
print(bye("bob"))

def repeat(times):
    def decorate(function):
        def wrapper(*args):
            return [function(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def dice(value):
    return value * 2

print(dice(4))

def counted(function):
    def wrapper(*args):
        wrapper.calls += 1
        return function(*args)
    wrapper.calls = 0
    return wrapper

@counted
def square(x):
    return x * x

print(square(2), square(3), square.calls)
registry = []

def register(function):
    registry.append(function.__name__)
    return function

@register
def alpha():
    pass

print(registry, alpha() is None)
