# Slicing lists, strings and tuples: steps, negative indices and steps, out-of-range bounds.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[::3], s[2:9:3], s[-2::-3])
lst = list(range(10))
print(lst[2:8:2], lst[::-3], lst[-4:-1])
t = tuple(lst)
print(t[1:4], t[::-4], type(t[1:2]).__name__)
lst[2:5] = ["a", "b"]
print(lst)
lst[:2] = []
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
lst[len(lst):] = [99]
print(lst)
copy = lst[:]
print(copy == lst, copy is lst)
print("hello"[1], "hello"[-1], [1, 2, 3][-2])
print(range(10)[2:8:3], list(range(10)[::-1][:3]))
b = b"bytes"
print(b[1:3], b[::-1], b[0])
