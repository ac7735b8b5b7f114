# random: argument errors raise CPython's exceptions with CPython's messages.
import random


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except (ValueError, TypeError, IndexError, OverflowError, NotImplementedError, ZeroDivisionError) as e:
        print(label, type(e).__name__ + ":", e)


random.seed(3)
attempt("choice empty", random.choice, [])
attempt("choice str empty", random.choice, "")
attempt("randrange 0", random.randrange, 0)
attempt("randrange neg", random.randrange, -5)
attempt("randrange empty", random.randrange, 5, 5)
attempt("randrange empty step", random.randrange, 5, 1, 2)
attempt("randrange zero step", random.randrange, 1, 5, 0)
attempt("randrange step no stop", random.randrange, 10, step=2)
attempt("randint reversed", random.randint, 5, 1)
attempt("sample too big", random.sample, [1, 2], 3)
attempt("sample negative", random.sample, [1, 2], -1)
attempt("sample set", random.sample, {1, 2, 3}, 2)
attempt("sample dict", random.sample, {"a": 1}, 1)
attempt("sample counts mismatch", random.sample, "ab", 1, counts=[1])
attempt("sample counts zero", random.sample, "ab", 1, counts=[0, 0])
attempt("choices weights mismatch", random.choices, "abc", [1, 2])
attempt("choices both", random.choices, "abc", [1, 2, 3], cum_weights=[1, 2, 3])
attempt("choices zero total", random.choices, "abc", [0, 0, 0])
attempt("choices k positional", random.choices, "abc", 2)
attempt("choices inf", random.choices, "ab", [1, float("inf")])
attempt("getrandbits negative", random.getrandbits, -1)
attempt("getrandbits float", random.getrandbits, 2.0)
attempt("getrandbits zero", random.getrandbits, 0)
attempt("seed list", random.seed, [1, 2])
attempt("seed dict", random.seed, {})
attempt("setstate bad version", random.setstate, (9, (), None))
attempt("setstate wrong size", random.setstate, (3, (1, 2), None))
attempt("setstate not tuple", random.setstate, (3, [1] * 625, None))
attempt("gammavariate", random.gammavariate, -1, 1)
attempt("triangular equal", random.triangular, 2, 2)
attempt("expovariate zero", random.expovariate, 0)
attempt("system getstate", random.SystemRandom().getstate)
attempt("shuffle ok", random.shuffle, [])
attempt("choice dict", random.choice, {0: "zero", 1: "one"})
print(random.random())
