# test: stderr
# A block opener without an indented body: IndentationError naming the statement and its line.
print("never printed")
for i in range(3):
print(i)
