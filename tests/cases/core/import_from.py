# from-import: single names, aliases, several names, a missing name, module-level names shared.
from _helper_shapes import area, PI
from _helper_shapes import Square as Sq, bump
import _helper_shapes

print(round(area(1), 5), PI)
print(Sq(4).area(), Sq.__name__)
print(bump(), _helper_shapes._private_counter)
_helper_shapes.PI = 10
print(PI, round(area(1), 5))
try:
    from _helper_shapes import no_such_name
except ImportError as e:
    # Only the part before the module's file path, which depends on where the case lives.
    print("ImportError:", str(e).split(" (")[0])
try:
    import _helper_missing_module
except ImportError as e:
    print(type(e).__name__, e)
from math import sqrt, floor as fl
print(sqrt(16), fl(2.7))
