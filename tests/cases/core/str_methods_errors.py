# The errors str methods raise: argument counts, argument types, empty separators, fill chars.
calls = [
    lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".split(foo=1),
    lambda: "a".split(",", "x"), lambda: "a".split(1, 2, 3), lambda: "a".strip(1), lambda: "a".lstrip(1, 2),
    lambda: "a".rstrip([]), lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".replace("a"),
    lambda: "a".replace("a", "b", count=1), lambda: "a".find(1), lambda: "a".find(), lambda: "a".find("a", 1, 2, 3),
    lambda: "a".find("a", 1.5), lambda: "a".index("b"), lambda: "a".rindex("b", 0, 1), lambda: "a".count(None),
    lambda: "a".startswith(1), lambda: "a".endswith(("a", 1)), lambda: "a".startswith(), lambda: "a".center(),
    lambda: "a".center(1, 2, 3), lambda: "a".center("x"), lambda: "a".ljust(5, ""), lambda: "a".rjust(5, "ab"),
    lambda: "a".center(5, 3), lambda: "a".zfill(), lambda: "a".zfill(1.5), lambda: "a".expandtabs("x"),
    lambda: "a".expandtabs(1, 2), lambda: "a".splitlines(1, 2), lambda: "a".partition(""), lambda: "a".rpartition(1),
    lambda: "a".partition(), lambda: "a".join(1), lambda: "a".join([1]), lambda: "a".join(["x", None]),
    lambda: "a".removeprefix(1), lambda: "a".removesuffix(None), lambda: "a".upper(1), lambda: "a".isdigit(1),
    lambda: str.upper(1), lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", 1),
    lambda: str.maketrans("a", "b", 1), lambda: "a".translate(1), lambda: "a".translate({97: 1.5}),
    lambda: "a".translate({97: -1}), lambda: "a".format_map(), lambda: "a".strip(chars="a"),
]
for i, call in enumerate(calls):
    try:
        print(i, repr(call()))
    except Exception as e:
        print(i, type(e).__name__, e)
