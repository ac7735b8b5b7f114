# import of a sibling module: runs once, attributes, module globals, re-import is cached.
import _helper_shapes
import _helper_shapes as shapes
import sys

print(_helper_shapes is shapes)
print(shapes.PI, round(shapes.area(2), 5))
print(shapes.Square(3).area())
print(shapes.bump(), shapes.bump(), shapes._private_counter)
print(shapes.__name__, type(shapes).__name__)
print("_helper_shapes" in sys.modules, sys.modules["_helper_shapes"] is shapes)
shapes.PI = 3
print(round(shapes.area(1), 5))
import _helper_shapes
print("second import did not reload")
print(__name__)
