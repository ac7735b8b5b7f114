# os.pipe, os.read, os.write, os.close, os.fork, os.waitpid and the wait-status helpers; the
# child writes through the pipe and exits with a code the parent reads back.
import os
import threading

r, w = os.pipe()
print(type(r).__name__, type(w).__name__, r != w)
print(os.write(w, b"abc"), os.read(r, 10))
print(os.write(w, b""), end=" ")
os.write(w, b"xyz")
print(os.read(r, 2), os.read(r, 2))

pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, ("child main: %s %s" % (threading.current_thread().name,
                                        threading.current_thread() is threading.main_thread())).encode())
    os._exit(7)
os.close(w)
chunks = []
while True:
    data = os.read(r, 4)
    if not data:
        break
    chunks.append(data)
os.close(r)
print(b"".join(chunks).decode())
got, status = os.waitpid(pid, 0)
print(got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    import time
    time.sleep(30)
    os._exit(0)
os.kill(pid, 9)
status = os.waitpid(pid, 0)[1]
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

for call in (lambda: os.close(r), lambda: os.read(r, 1), lambda: os.write(w, b"x"),
             lambda: os.waitpid(-1, 0), lambda: os.write(1, "str"), lambda: os.read(0, -1),
             lambda: os.read("0", 1), lambda: os.register_at_fork(), lambda: os.register_at_fork(before=1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

events = []
os.register_at_fork(before=lambda: events.append("before"),
                    after_in_parent=lambda: events.append("parent"),
                    after_in_child=lambda: events.append("child"))
pid = os.fork()
if pid == 0:
    os._exit(len(events))
print(events, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
