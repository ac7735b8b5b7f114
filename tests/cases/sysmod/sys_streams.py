# sys.stdin / stdout / stderr: text files over binary buffers, as CPython makes them when the
# streams are pipes (stdin is /dev/null here).
import sys

out = sys.stdout
print(out.name, out.mode, out.encoding, out.errors, out.closed, out.readable(), out.writable())
print(out.fileno(), out.isatty(), out.line_buffering, out.newlines)
print(sys.stderr.name, sys.stderr.mode, sys.stderr.errors, sys.stderr.fileno())
print(sys.stdin.name, sys.stdin.mode, sys.stdin.fileno(), sys.stdin.isatty(), sys.stdin.readable())
print(repr(sys.stdin.buffer), sys.stdin.buffer.name, sys.stdin.buffer.mode)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(type(out).__name__, type(out).__module__, repr(out))
print(out.buffer is out.buffer, out.buffer.name, out.buffer.mode)
print(out.write("written directly\n"), out.write(""), out.write("é\n"))
out.flush()
out.buffer.write(b"bytes through the buffer\n")
out.buffer.flush()
print("back to text")
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.read(5)))
for action in [
    lambda: out.read(),
    lambda: sys.stdin.write("x"),
    lambda: out.write(b"bytes"),
    lambda: out.buffer.write("text"),
    lambda: sys.stdin.buffer.write(b"x"),
    lambda: out.seek(0, 7),
    lambda: out.reconfigure(1),
    lambda: out.reconfigure(encoding="no-such-codec"),
    lambda: out.reconfigure(newline="x"),
]:
    try:
        print("ok", action())
    except Exception as e:
        print(type(e).__name__, e)
out.reconfigure(errors="replace")
print(out.errors, out.encoding)
out.reconfigure(encoding="ascii", errors="backslashreplace")
print(out.encoding, out.errors)
print("ascii now: é ü 中")
out.reconfigure(encoding="utf-8")
print(out.encoding, out.errors, "é")
out.reconfigure(errors="strict", line_buffering=True)
print(out.line_buffering)
out.reconfigure(line_buffering=False)
out.reconfigure(newline="\r\n")
print("crlf line")
out.reconfigure(newline="\n")
print("lf line")
print(sys.stdout.writable(), sys.stdin.writable(), sys.stdout.seekable() in (True, False))
import io
print(isinstance(out, io.TextIOWrapper), isinstance(out.buffer, (io.BufferedWriter, io.FileIO)))
