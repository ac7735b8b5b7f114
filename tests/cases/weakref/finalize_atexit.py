# weakref.finalize at interpreter exit: a finalizer still alive with atexit=True runs when
# the program ends (after the last line of the script), one with atexit=False does not;
# finalizers already run or detached do not run again.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name


def report(msg):
    print("finalizer:", msg, flush=True)


keep_a = Obj("a")
keep_b = Obj("b")
fa = weakref.finalize(keep_a, report, "a at exit")
fb = weakref.finalize(keep_b, report, "b never")
fb.atexit = False
done = Obj("done")
fd = weakref.finalize(done, report, "done early")
fd()
gone = Obj("gone")
fg = weakref.finalize(gone, report, "gone (detached)")
fg.detach()
print("alive:", fa.alive, fb.alive, fd.alive, fg.alive)
print("end of script", flush=True)
