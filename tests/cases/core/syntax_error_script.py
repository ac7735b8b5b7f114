# test: stderr
# A SyntaxError anywhere in the script: nothing runs; file, line, the source line and a caret.
print("this line is never executed")


def fine():
    return 1


total = fine() +
print(total)
