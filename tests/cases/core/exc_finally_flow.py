# finally interacting with return, break and continue; re-raise with bare raise.
def returns_in_try():
    try:
        return "from try"
    finally:
        print("finally after return")

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(returns_in_try())
print(finally_overrides())
print(finally_swallows())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

def reraise():
    try:
        raise KeyError("again")
    except KeyError:
        print("handling, then re-raising")
        raise

try:
    reraise()
except KeyError as e:
    print("re-raised:", repr(e))

def count_finally():
    log = []
    for n in range(3):
        try:
            try:
                if n == 1:
                    raise RuntimeError(n)
            finally:
                log.append("inner%d" % n)
        except RuntimeError:
            log.append("caught%d" % n)
        finally:
            log.append("outer%d" % n)
    return log

print(count_finally())
