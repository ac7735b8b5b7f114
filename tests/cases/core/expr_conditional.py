# Conditional expressions: basics, nesting, laziness, in comprehensions and arguments.
for n in [-3, 0, 4]:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)


def shout(text):
    print("evaluating", text)
    return text.upper()


print(shout("yes") if True else shout("no"))
print(shout("yes") if False else shout("no"))
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
print(max(1, 2) if None else min(1, 2))
value = [] or None
print("empty" if not value else value)
print((1, 2) if 0 else [3, 4])
f = (lambda x: x * 2) if True else (lambda x: x)
print(f(21))
print(len("abc" if 1 else "de"))
