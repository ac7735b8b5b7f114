# Single inheritance: overriding, calling the base through the class, isinstance/issubclass.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + Animal.kind(self)


class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + " (age " + str(self.age) + ")"


for creature in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(creature.speak(), "|", creature.kind())
print(isinstance(Puppy("a", 2), Animal), isinstance(Animal("b"), Dog))
print(issubclass(Puppy, Dog), issubclass(Dog, Puppy), issubclass(Dog, object))
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([cls.__name__ for cls in Puppy.__mro__])
