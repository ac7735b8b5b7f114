# gc.get_objects() lists tracked objects: a fresh list is there, an int is not; with
# generation=0 a fresh container is in the youngest generation and after a full collect
# it is no longer; an out-of-range generation is a ValueError.
import gc

gc.disable()
gc.collect()
x = [1, 2, 3]
print("fresh list:", any(o is x for o in gc.get_objects()))
print("in generation 0:", any(o is x for o in gc.get_objects(generation=0)))
big = 123456789 * 1000
print("int not listed:", any(o is big for o in gc.get_objects()))
gc.collect()
print("after collect, gen 0:", any(o is x for o in gc.get_objects(generation=0)))
print("after collect, all:", any(o is x for o in gc.get_objects()))
print("None means all:", any(o is x for o in gc.get_objects(generation=None)))
print("is a list:", type(gc.get_objects()).__name__)
for bad in (3, 7, -2):
    try:
        gc.get_objects(generation=bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
gc.enable()
