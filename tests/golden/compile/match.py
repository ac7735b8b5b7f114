match command:
    case "quit" | "q":
        stop()
    case [x, *rest] if x:
        go(x, rest)
    case {"k": v, **others}:
        use(v, others)
    case Point(1, y=py) as p:
        show(p, py)
    case None:
        pass
    case _:
        other()
