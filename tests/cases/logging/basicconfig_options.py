# logging: basicConfig: stream, format, datefmt, style, level, handlers, force, and its errors.
import io
import logging

root = logging.getLogger()
s = io.StringIO()
logging.basicConfig(stream=s, level=logging.INFO, format="%(levelname)s|%(name)s|%(message)s")
print(len(root.handlers), type(root.handlers[0]).__name__, root.level)
logging.info("one")
logging.getLogger("sub").debug("hidden")
logging.getLogger("sub").warning("two")
logging.basicConfig(stream=io.StringIO(), level=logging.DEBUG)
print(len(root.handlers), root.level)
print(s.getvalue(), end="")
t = io.StringIO()
logging.basicConfig(stream=t, format="{levelname}:{message}", style="{", force=True)
logging.warning("brace style")
print(t.getvalue(), end="", flush=True)
print(len(root.handlers), root.handlers[0].stream is t)
u = io.StringIO()
keep = logging.StreamHandler(u)
keep.setFormatter(logging.Formatter("kept:%(message)s"))
plain = logging.StreamHandler(u)
logging.basicConfig(handlers=[keep, plain], format="$levelname-$message", style="$", force=True)
logging.error("to both")
print(u.getvalue(), end="")
for kwargs in [dict(stream=u, filename="x.log"), dict(handlers=[keep], stream=u),
               dict(handlers=[keep], filename="x.log"), dict(style="!"),
               dict(stream=u, bogus=1, other=2), dict(format="%(x", stream=u)]:
    try:
        logging.basicConfig(force=True, **kwargs)
        print("ok", kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
print(len(root.handlers))
logging.basicConfig(force=True, stream=u, level="DEBUG", datefmt="%Y")
print(root.level, root.handlers[0].formatter.datefmt, root.handlers[0].formatter._fmt)
