# *args, **kwargs, keyword-only parameters and their combinations.
def collect(*args, **kwargs):
    return args, kwargs


print(collect())
print(collect(1, 2, a=3, b=4))


def mixed(a, b=2, *rest, flag=False, **options):
    print("a", a, "b", b, "rest", rest, "flag", flag, "options", options)


mixed(1)
mixed(1, 3, 5, 7)
mixed(1, flag=True, color="red")
mixed(a=9, b=8, extra=7)


def kw_only(x, *, scale, offset=0):
    return x * scale + offset


print(kw_only(3, scale=2))
print(kw_only(3, offset=1, scale=10))
try:
    kw_only(3, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(3)
except TypeError as e:
    print("TypeError:", e)


def summary(*numbers):
    return sum(numbers) / len(numbers) if numbers else 0


print(summary(), summary(1, 2, 3, 4))


def keys(**kw):
    return sorted(kw.items())


print(keys(z=1, y=2, x=3))
