# pass, semicolons, backslash continuation, comments in odd places, implicit line joining.
def nothing():
    pass


class Empty:
    pass


print(nothing(), Empty.__name__)
a = 1; b = 2; c = a + b; print(a, b, c)
total = 1 + \
    2 + \
    3
print(total)
if a == 1 and \
        b == 2:
    print("continued condition")
values = [  # a comment after an opening bracket
    1,
    2,  # trailing comment
    3,
]
print(values)
text = ("implicit "
        "concatenation "  # comment between parts
        'across lines')
print(text)
# a comment line

    # an indented comment line
print(len(values))  # comment after code
x = {
    "k":
        1
}
print(x)
for i in range(2): print("inline body", i)
while False: pass
print("done")
