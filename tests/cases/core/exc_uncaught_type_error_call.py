# test: stderr
# Uncaught TypeError for a call with too few arguments.
def area(width, height):
    return width * height


print(area(2, 3))
print(area(4))
