# Value with typecodes 'i', 'd' and 'c': initial and default values, the child's writes are seen
# by the parent after join, the Python types of .value, and TypeError for a value of a wrong type.
from multiprocessing import Process, Value

def change(i, d, c):
    i.value = i.value * 2 + 1
    d.value += 0.25
    c.value = b'z'

if __name__ == '__main__':
    i = Value('i', 20)
    d = Value('d', 1.5)
    c = Value('c', b'a')
    print(i.value, d.value, c.value)
    print(Value('i').value, Value('d').value, Value('c').value)
    p = Process(target=change, args=(i, d, c))
    p.start()
    p.join()
    print(i.value, d.value, c.value)
    print(type(i.value).__name__, type(d.value).__name__, type(c.value).__name__)
    d.value = 7
    print(d.value, type(d.value).__name__)
    i.value = -5
    print(i.value)
    for bad in [lambda: setattr(i, 'value', 'x'), lambda: setattr(i, 'value', 1.5),
                lambda: setattr(c, 'value', 'z'), lambda: setattr(d, 'value', 'q')]:
        try:
            bad()
            print("no error")
        except TypeError as e:
            print(type(e).__name__)
