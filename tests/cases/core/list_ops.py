# list operations: indexing errors, slice assignment, comparison, aliasing, nesting, repr of cycles.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
print(a + [5], a * 2, 2 * [0], len(a), 3 in a)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
a[1:3] = [20, 30, 40]
print(a)
a[:0] = ["head"]
print(a)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1])
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
safe = [[0] * 2 for _ in range(2)]
safe[0][0] = 1
print(safe)
cycle = [1]
cycle.append(cycle)
print(cycle)
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))
print(max([3, 7, 2]), min([3, 7, 2]), sum([1, 2, 3]))
stack = []
stack.append(1)
stack.append(2)
print(stack.pop(), stack)
print(list(reversed([1, 2, 3])), [x for x in reversed("ab")])
