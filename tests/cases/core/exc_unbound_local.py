# UnboundLocalError: a name assigned later in the function is local everywhere in it.
counter = 0


def broken():
    print("before")
    counter += 1


try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def reads_then_assigns():
    value = total
    total = 1
    return value


total = 5
try:
    reads_then_assigns()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))


def deleted():
    x = 1
    del x
    return x


try:
    deleted()
except NameError as e:
    print(type(e).__name__ + ":", e)


def conditional(flag):
    if flag:
        result = "set"
    return result


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
