# slice objects: construction, attributes, indices(), use as subscripts, in __getitem__.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, None, -1), slice(2, None))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -1)], "abcdef"[slice(1, -1)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))


class Recorder:
    def __getitem__(self, key):
        return key


rec = Recorder()
print(rec[1:2], rec[::3], rec[1:2, 3], rec[:], rec[5])
data[slice(0, 2)] = ["a", "b"]
print(data)
del data[slice(0, 10, 3)]
print(data)
