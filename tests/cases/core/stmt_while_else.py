# while loops: else runs when the loop ends without break; break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished, i =", i)

n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("first square over 50:", n * n)

k = 10
while k > 0:
    if k == 7:
        print("break at", k)
        break
    k -= 1
else:
    print("not printed")

count = 0
while count < 0:
    count += 1
else:
    print("else of an empty while")

outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    print(outer, inner)
    outer += 1
