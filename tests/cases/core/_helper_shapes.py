# Helper module imported by the import_* cases (a leading underscore: not a case itself).
print("loading _helper_shapes")
PI = 3.14159
_private_counter = 0


def area(radius):
    return PI * radius * radius


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def bump():
    global _private_counter
    _private_counter += 1
    return _private_counter
