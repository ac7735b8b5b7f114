# Exit codes of children ending in different ways: return -> 0, sys.exit(3) -> 3, sys.exit() and
# sys.exit(None) -> 0, the seed's exit(1000) -> 232 (the OS keeps the low 8 bits), SystemExit(256)
# -> 0, sys.exit(-1) -> 255, sys.exit(True) -> 1, os._exit(7) -> 7.
import os
import sys
from multiprocessing import Process

def ends(how):
    if how == "return":
        return 42
    if how == "exit(3)":
        sys.exit(3)
    if how == "exit()":
        sys.exit()
    if how == "exit(None)":
        sys.exit(None)
    if how == "builtin exit(1000)":
        exit(1000)
    if how == "SystemExit(256)":
        raise SystemExit(256)
    if how == "exit(-1)":
        sys.exit(-1)
    if how == "exit(True)":
        sys.exit(True)
    if how == "os._exit(7)":
        os._exit(7)

if __name__ == '__main__':
    for how in ["return", "exit(3)", "exit()", "exit(None)", "builtin exit(1000)",
                "SystemExit(256)", "exit(-1)", "exit(True)", "os._exit(7)"]:
        p = Process(target=ends, args=(how,))
        p.start()
        p.join()
        print("%-20s exitcode %r" % (how, p.exitcode))
