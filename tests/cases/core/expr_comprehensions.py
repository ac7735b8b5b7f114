# List, set and dict comprehensions: nested loops, conditions, nested comprehensions, scoping.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x > 5])
print([(i, j) for i in range(3) for j in range(3) if i != j])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row])
print(sorted({c.lower() for c in "HeLLo"}))
print({k: v for k, v in zip("abc", range(3))})
print({n: [m for m in range(n)] for n in range(4)})
print({w: len(w) for w in ["apple", "fig"] if len(w) > 3})
x = "outer"
print([x for x in "ab"], x)
words = ["one", "two", "three"]
print([w.upper() if len(w) > 3 else w for w in words])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
total = 10
print([total + i for i in range(3)])
