# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__/__next__.
class Row:
    def __init__(self, *cells):
        self.cells = list(cells)

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, index):
        return self.cells[index]

    def __setitem__(self, index, value):
        print("set", index, value)
        self.cells[index] = value

    def __delitem__(self, index):
        del self.cells[index]

    def __contains__(self, value):
        print("contains?", value)
        return value in self.cells

row = Row(1, 2, 3)
print(len(row), row[0], row[-1], row[0:2])
row[1] = 20
del row[0]
print(row.cells, 20 in row, 5 in row, bool(row))
print(list(row), [x * 2 for x in row])

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(4)))
for n in Countdown(2):
    print("tick", n)

class Squares:
    def __getitem__(self, index):
        if index >= 5:
            raise IndexError(index)
        return index * index

print(list(Squares()), 9 in Squares())

class Empty:
    def __len__(self):
        return 0

print(bool(Empty()), "falsy" if not Empty() else "truthy")
