# except*: compile-time and run-time errors
def check(source):
    try:
        compile(source, "<case>", "exec")
        print("compiles")
    except SyntaxError as error:
        print(f"{type(error).__name__}: {error.msg} (line {error.lineno}, offset {error.offset}, end {error.end_offset})")

check("try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n")
check("try:\n    pass\nexcept TypeError:\n    pass\nexcept* ValueError:\n    pass\n")
check("try:\n    pass\nexcept*:\n    pass\n")
check("try:\n    pass\nexcept* ValueError:\n    pass\nexcept*:\n    pass\n")
check("try:\n    pass\nexcept *ValueError:\n    pass\n")
check("for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n")
check("for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n")
check("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n")
check("def f():\n    try:\n        pass\n    except* ValueError:\n        return\n")
check("try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n")
check("def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n")
check("try:\n    pass\nexcept* ValueError:\n    pass\nelse:\n    pass\nfinally:\n    pass\n")
check("try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\n")

# The types of except* clauses are checked when the clause runs.
for clause_type in [int, ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), "ValueError"]:
    try:
        try:
            raise ValueError("v")
        except* clause_type:
            print("unreachable")
    except TypeError as error:
        print(type(error).__name__, error)

# A derive that returns no group is an error.
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    BadDerive("d", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as error:
    print(type(error).__name__, error)
