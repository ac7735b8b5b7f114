# test: stderr
# An exception escaping the child's run(): the child writes "Process Process-1:" and the traceback
# to stderr and ends with exitcode 1; the parent goes on and exits 0. The frames inside the
# multiprocessing package (paths differ per installation) are filtered out by a stderr wrapper
# installed in the child, which passes the rest through when multiprocessing flushes stderr.
import sys
from multiprocessing import Process

class OwnFramesOnly:
    """Buffers what is written; on flush writes it, minus frames not from this file."""
    def __init__(self, real):
        self.real = real
        self.text = ""
    def write(self, s):
        self.text += s
        return len(s)
    def flush(self):
        lines = self.text.split("\n")
        self.text = ""
        keep = True
        out = []
        for line in lines:
            if line.startswith('  File "'):
                keep = line.split('"')[1].endswith("process_exception_report.py")
            elif not line.startswith("    "):
                keep = True
            if keep:
                out.append(line)
        self.real.write("\n".join(out))
        self.real.flush()

def inner(n):
    return {"a": 1}[n]

def task(n):
    sys.stderr = OwnFramesOnly(sys.__stderr__)
    print("child starts", flush=True)
    inner(n)
    print("not reached")

if __name__ == '__main__':
    p = Process(target=task, args=("b",))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    print("parent still runs")
