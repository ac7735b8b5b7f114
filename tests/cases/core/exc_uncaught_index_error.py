# test: stderr
# Uncaught IndexError from a nested subscript inside a comprehension.
grid = [[1, 2], [3, 4]]
print(grid[1][1])
print([row[2] for row in grid])
