def loops(xs):
    for x in xs:
        if x < 0:
            continue
        if x > 10:
            break
        print(x)
    else:
        print("done")
    while x:
        x -= 1
    while True:
        return x

def finally_paths(xs):
    for x in xs:
        try:
            if x:
                break
            if not x:
                continue
            return x
        finally:
            cleanup()
    return None

def handlers():
    try:
        work()
    except (KeyError, IndexError) as e:
        print(e)
        return 1
    except ValueError:
        pass
    except:
        raise
    else:
        ok()

def with_blocks(path):
    with open(path) as f, lock:
        return f.read()

def try_all():
    try:
        a()
    except E as e:
        b(e)
    else:
        c()
    finally:
        d()

def gen():
    x = yield 1
    yield from x
    assert x, "msg"
    raise ValueError("bad") from None
