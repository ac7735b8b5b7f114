"""Docstring first is allowed."""
from __future__ import annotations
import __future__

print(__future__.annotations)
print(__future__.all_feature_names[-1], __future__.annotations.compiler_flag)
print(annotations is __future__.annotations)


# Under PEP 563 every annotation is kept as its source text, normalised as CPython's unparser
# writes it; nothing is evaluated, so undefined names are fine.
def f(a: Dict[str,   int], b: "quoted", *args: Tuple[int, ...], c: x.y.z = 3, **kw: Callable[[int], None]) -> Optional[List[int]]:
    pass

for name, text in f.__annotations__.items():
    print(name, repr(text))


def g(a: 1 + 2 * 3, b: (1 + 2) * 3, c: -x ** 2, d: (-x) ** 2, e: a if b else c,
      f: lambda q, *r, s=1, **t: q, g: [i for i in range(3) if i], h: {1: 2, **m},
      i: not a and b or c, j: a < b <= c, k: x[1:2, ::3], l: f(*a, k=1, **b),
      m: x @ y, n: {1, 2}, o: (1,), p: (), q: 1.5e300, r: 10j, s: b"by",
      t: await_ is not None, u: x[()], v: (a, b), w: 2 ** -1, y: f(x for x in y),
      z: 1 .real) -> int | None:
    pass

for name, text in g.__annotations__.items():
    print(name, text)


class C:
    attr: ClassVar[int] = 5
    other: undefined
    __private: Self

print(C.__annotations__)
x: SomeType[int, str]
print(__annotations__)
