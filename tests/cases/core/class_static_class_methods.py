# staticmethod and classmethod: called on the class and on instances, alternative constructors.
class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def show(self):
        return "%04d/%02d/%02d" % (self.year, self.month, self.day)


class Birthday(Date):
    pass


d = Date.from_string("2024-02-29")
print(d.show(), type(d).__name__)
b = Birthday.from_string("1999-12-31")
print(b.show(), type(b).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), Birthday.is_leap(2023))
print(Date.created)


class Registry:
    items = []

    @classmethod
    def add(cls, item):
        cls.items.append(item)
        return len(cls.items)


print(Registry.add("a"), Registry().add("b"), Registry.items)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
