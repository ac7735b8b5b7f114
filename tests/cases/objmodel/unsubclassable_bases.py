# Built-in types CPython refuses as bases.
class Three:
    def __index__(self): return 3
for base in (bool, slice, range):
    try:
        type("X", (base,), {})
    except TypeError as e:
        print("TypeError:", e)
try:
    "ab" * 1.5
except TypeError as e:
    print("TypeError:", e)
