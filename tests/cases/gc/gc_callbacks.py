# gc.callbacks: a callback receives ("start", info) before and ("stop", info) after each
# collection; info has the keys collected/generation/uncollectable and generation is the
# one collected; removing the callback stops the calls.
import gc

events = []


def watch(phase, info):
    events.append((phase, sorted(info), info["generation"]))


print("is a list:", type(gc.callbacks).__name__)
gc.disable()
gc.callbacks.append(watch)
x = []
x.append(x)
del x
n = gc.collect()
print("collect returned", n)
for e in events:
    print(e)
events.clear()
gc.collect(0)
gc.collect(1)
for phase, keys, gen in events:
    print(phase, gen)
stops = []


def stop_counts(phase, info):
    if phase == "stop":
        stops.append((info["collected"], info["uncollectable"]))


gc.callbacks.append(stop_counts)
y = []
y.append(y)
del y
gc.collect()
print("stop info:", stops)
gc.callbacks.remove(watch)
gc.callbacks.remove(stop_counts)
events.clear()
gc.collect()
print("after removal:", events, len(gc.callbacks))
gc.enable()
