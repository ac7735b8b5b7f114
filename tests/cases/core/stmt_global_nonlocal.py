# global and nonlocal declarations, and which scope a name resolves to.
counter = 0

def bump():
    global counter
    counter += 1

bump()
bump()
print("counter", counter)

def create_global():
    global created
    created = "made inside a function"

create_global()
print(created)

x = "global x"

def reader():
    return x

def shadow():
    x = "local x"
    return x

print(reader(), "|", shadow(), "|", x)

def outer():
    y = 1

    def middle():
        nonlocal y
        y += 10

        def inner():
            nonlocal y
            y *= 2
        inner()
    middle()
    return y

print("nonlocal chain", outer())

def scopes():
    z = "enclosing"

    def use_global():
        global x
        return x
    return use_global()

print(scopes())
