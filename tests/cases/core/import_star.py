# from module import *: honours __all__, otherwise skips names starting with an underscore.
from _helper_star import *
from _helper_plain import *

print(exported(), Shared.label)
print(visible, helper())
print("not_listed" in dir(), "_hidden" in dir(), "visible" in dir())
try:
    not_listed()
except NameError as e:
    print("NameError:", e)
