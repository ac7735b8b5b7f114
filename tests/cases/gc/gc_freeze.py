# gc.freeze moves every tracked object into a permanent generation that collections
# ignore; get_freeze_count reports it and unfreeze puts them back.
import gc

gc.disable()
gc.collect()
keep = [[i] for i in range(100)]
print("before freeze:", gc.get_freeze_count() == 0)
gc.freeze()
print("after freeze:", gc.get_freeze_count() > 0)
x = []
x.append(x)
del x
print("new garbage still collected:", gc.collect())
print("still frozen:", gc.get_freeze_count() > 0)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count() == 0)
print("objects intact:", sum(k[0] for k in keep))
print(gc.freeze(), gc.unfreeze())
print(type(gc.get_freeze_count()).__name__)
gc.enable()
