# A metaclass's property is a data descriptor for its classes; built-in types refuse attributes.
class Meta(type):
    @property
    def label(cls):
        return "label of " + cls.__name__

    @property
    def size(cls):
        return cls._size

    @size.setter
    def size(cls, value):
        cls._size = value * 2


class A(metaclass=Meta):
    label = "class attribute loses to the metaclass property"
    _size = 1


print(A.label)
print(A.size)
A.size = 5
print(A.size, A._size)
try:
    A.label = "x"
except AttributeError as e:
    print(type(e).__name__, e)
print(A().label)

for target, name in [(int, "to_bytes"), (str, "new_name"), (list, "append")]:
    try:
        setattr(target, name, 1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        delattr(target, name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Sub(int):
    pass


Sub.extra = 3
print(Sub(4).extra)
del Sub.extra
print(hasattr(Sub, "extra"))
print(range(1, 4)[::-1], range(7, -2, -4)[2:-2:-3], range(10)[3:100:2], range(0, 20, 3)[-2:])
