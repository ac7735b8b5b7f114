# test: stderr
# An uncaught `raise ... from ...`: both tracebacks joined by the "direct cause" line.
def parse_port(text):
    try:
        return int(text)
    except ValueError as error:
        raise RuntimeError("bad port setting") from error


print("parsing")
parse_port("eighty")
