# Array with typecodes 'i', 'd' and 'c': built from a size or a sequence, indexing, slicing,
# len, slice assignment in a child seen by the parent, 'c' arrays' .value and .raw, get_lock(),
# and IndexError out of range.
from multiprocessing import Process, Array

def fill(a, d, s):
    for k in range(len(a)):
        a[k] = a[k] * a[k]
    d[:] = [x / 2 for x in range(len(d))]
    s.value = b"hi"
    with a.get_lock():
        a[0] = -1

if __name__ == '__main__':
    a = Array('i', range(5))
    d = Array('d', 4)
    s = Array('c', b"hello")
    print(a[:], d[:], s.value, s.raw, len(a), len(d), len(s))
    p = Process(target=fill, args=(a, d, s))
    p.start()
    p.join()
    print(a[:], a[1:3], a[-1], list(a))
    print(d[:], sum(d))
    print(s.value, s.raw, s[0], s[:])
    try:
        a[5]
    except IndexError as e:
        print(type(e).__name__, e)
    a[2:4] = [7, 8]
    print(a[:], p.exitcode)
