# Benchmark: raising and catching exceptions in a loop, including a custom exception class.
# Measures exception object creation, unwinding through frames, except-clause matching, finally.


class ValidationError(Exception):
    def __init__(self, code):
        super().__init__("invalid value")
        self.code = code


def check(value):
    if value % 7 == 0:
        raise ValidationError(value % 5)
    if value % 11 == 0:
        raise KeyError(value)
    return value


def nested(value):
    try:
        return check(value)
    finally:
        value += 1


def run(iterations):
    caught = 0
    codes = 0
    finally_count = 0
    for i in range(iterations):
        try:
            nested(i)
        except ValidationError as error:
            caught += 1
            codes += error.code
        except (KeyError, IndexError):
            caught += 2
        try:
            [][i]
        except IndexError:
            finally_count += 1
        try:
            int("x" + str(i % 3)) if i % 13 == 0 else i
        except ValueError as error:
            finally_count += isinstance(error, ValueError)
    return caught, codes, finally_count


print("exceptions checksum", run(850000))
