# logging: Formatter in the '%', '{' and '$' styles, defaults, and the validation errors.
import logging

rec = logging.makeLogRecord({"name": "app.db", "levelname": "INFO", "levelno": 20,
                             "msg": "opened %s", "args": ("x.db",), "lineno": 42})
for fmt, style in [("%(levelname)s:%(name)s:%(message)s", "%"),
                   ("%(levelname)-8s|%(lineno)04d|%(message)r", "%"),
                   ("{levelname}:{name}:{message}", "{"),
                   ("{levelname:>8}|{lineno:05d}|{message!r}|{name[0]}", "{"),
                   ("${levelname}:$name:${message} $$5", "$"),
                   (None, "%"), (None, "{"), (None, "$")]:
    f = logging.Formatter(fmt, style=style)
    print(repr(f._fmt), "->", repr(f.format(rec)))
f = logging.Formatter("%(message)s [%(user)s]", defaults={"user": "nobody"})
print(f.format(rec))
rec.user = "ann"
print(f.format(rec))
f = logging.Formatter("{message} [{user}]", style="{", defaults={"user": "nobody"})
print(f.format(logging.makeLogRecord({"msg": "hi"})))
f = logging.Formatter("${message} [${user}]", style="$", defaults={"user": "nobody"})
print(f.format(logging.makeLogRecord({"msg": "hi"})))
print(logging.BASIC_FORMAT, logging.Formatter().format(rec))
for fmt, style in [("no fields", "%"), ("%(message", "%"), ("{", "{"), ("}", "{"),
                   ("{message!x}", "{"), ("{message:q<>}", "{"), ("{}", "{"),
                   ("{0.a-b}", "{"), ("plain", "{"), ("$", "$"), ("cost: $", "$"),
                   ("none here", "$"), ("%(x)s", "#")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok", repr(fmt))
    except ValueError as e:
        print(type(e).__name__, e)
f = logging.Formatter("no fields", validate=False)
print(f.format(rec))
for fmt, style in [("%(missing)s", "%"), ("{missing}", "{"), ("$missing", "$")]:
    try:
        logging.Formatter(fmt, style=style).format(rec)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime(), logging.Formatter("x%(message)s").usesTime())
