# TypeError messages for bad calls: missing, extra, unexpected and duplicate arguments.
def show(action):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)


def two(a, b):
    return a + b


def defaults(a, b=1, *, c, d=2):
    return a


def star(*args, key):
    return args


class Thing:
    def method(self, x):
        return x

    def __init__(self, value):
        self.value = value


show(lambda: two())
show(lambda: two(1))
show(lambda: two(1, 2, 3))
show(lambda: two(1, b=2, a=3))
show(lambda: two(1, 2, c=3))
show(lambda: defaults(1))
show(lambda: defaults(1, 2, 3, c=4))
show(lambda: defaults())
show(lambda: star(1, 2))
show(lambda: Thing())
show(lambda: Thing(1, 2))
show(lambda: Thing(1).method())
show(lambda: Thing(1).method(1, 2))
show(lambda: Thing.method(1))
show(lambda: (lambda: 0)(1))
show(lambda: (lambda x, y: 0)(1))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: "a".upper(1))
show(lambda: two(*[1, 2, 3]))
show(lambda: two(**{"a": 1, "z": 2}))
