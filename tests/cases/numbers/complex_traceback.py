# test: stderr
# An uncaught TypeError from ordering complex numbers: CPython's traceback with the expression
# marked.
values = [3 + 4j, 1j]
print(sorted(values, key=abs))
print(values[0] > values[1])
