# property: getter, setter with validation, deleter, read-only, computed attributes.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError")
del t.celsius
print(hasattr(t, "_celsius"))


class Square:
    def __init__(self, side):
        self.side = side

    def get_area(self):
        return self.side ** 2

    area = property(get_area)


s = Square(3)
print(s.area)
s.side = 4
print(s.area, type(Square.__dict__["area"]).__name__)
