# abc: ABCMeta.register makes virtual subclasses; caches follow new registrations.
import abc
from abc import ABC, ABCMeta


class Drawable(ABC):
    pass


class Sprite:
    pass


print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable))
token = abc.get_cache_token()
print(Drawable.register(Sprite) is Sprite)
print(abc.get_cache_token() != token)
print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable))


class SubSprite(Sprite):
    pass


print(issubclass(SubSprite, Drawable))
# A registered class is not in the MRO and gains no methods.
print(Drawable in Sprite.__mro__)


@Drawable.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Drawable))

# Registration through a sub-ABC reaches the parent ABC too.
class Widget(Drawable):
    pass


class Button:
    pass


Widget.register(Button)
print(issubclass(Button, Widget), issubclass(Button, Drawable))

# Built-in types may be registered as well.
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance(3.0, Drawable))

# Registering a class again, or a real subclass, is allowed and returns it.
print(Drawable.register(Sprite) is Sprite, Drawable.register(Widget) is Widget)

for bad in (3, "x", None):
    try:
        Drawable.register(bad)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    Widget.register(Drawable)
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    issubclass(3, Drawable)
except TypeError as e:
    print(type(e).__name__, e)

print(type(Drawable).__name__, ABCMeta.__name__, issubclass(ABCMeta, type))
