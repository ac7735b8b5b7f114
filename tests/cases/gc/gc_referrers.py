# gc.get_referrers: a list, a dict, a tuple and an instance holding an object are among
# its referrers; a container that dropped it is not.
import gc


def has(container, obj):
    return any(r is container for r in gc.get_referrers(obj))


class Box:
    def __init__(self, item):
        self.item = item


target = ["target"]
holder_list = [1, target]
holder_dict = {"k": target}
holder_tuple = (target, 2)
box = Box(target)
print("list:", has(holder_list, target))
print("dict:", has(holder_dict, target))
print("tuple:", has(holder_tuple, target))
print("instance or its dict:", has(box, target) or has(box.__dict__, target))
other = [0]
print("unrelated list:", has(other, target))
holder_list.remove(target)
print("after remove:", has(holder_list, target))
print("result is a list:", type(gc.get_referrers(target)).__name__)
a = []
b = [a]
a.append(b)
print("cycle both ways:", has(a, b), has(b, a))
print("dict is not a referrer of a:", not has(holder_dict, a))
both = gc.get_referrers(a, target)
print("either:", any(r is b for r in both), any(r is holder_dict for r in both))
