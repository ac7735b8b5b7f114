# test: stderr
# exception groups: nested groups, notes, chained exceptions inside, more than 15 parts
def inner():
    try:
        raise OSError("disk")
    except OSError as error:
        raise RuntimeError("while reading") from error

def make_group():
    parts = []
    try:
        inner()
    except RuntimeError as error:
        parts.append(error)
    parts.append(ExceptionGroup("nested", [TypeError(1), ExceptionGroup("deeper", [KeyError("k")])]))
    parts.extend(ValueError(i) for i in range(16))
    group = ExceptionGroup("top", parts)
    group.add_note("first note")
    group.add_note("second\nnote on two lines")
    return group

raise make_group()
