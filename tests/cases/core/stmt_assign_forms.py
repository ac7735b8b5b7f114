# Assignment forms: simple, chained, tuple and list targets, nested, swap, attribute and subscript.
a = 1
b = c = d = [1, 2]
print(a, b, c, d, b is c, c is d)
x, y = 10, 20
print(x, y)
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(m, (n, o)), r = (1, (2, 3)), 4
print(m, n, o, r)
first, second, third = range(3)
print(first, second, third)


class Box:
    pass


box = Box()
box.value = 5
box.items = [0, 0, 0]
box.items[1] = 7
box.items[-1] = box.value * 2
print(box.value, box.items)
table = {}
table["k"] = table["j"] = 3
print(table)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 9
print(grid)
i = 0
values = [10, 20, 30]
i, values[i] = 1, 99
print(i, values)
s = t = "text"
print(s + t)
