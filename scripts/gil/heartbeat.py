# GIL study: can a CPU-bound thread starve another? Two threads spin while the main thread asks
# for a 10 ms heartbeat 100 times; with forced switching (CPython 3.2+, and gilt) the heartbeat
# stays within a few switch intervals of schedule.
#   gilt scripts/gil/heartbeat.py
#   gilt --switch-interval 0.001 scripts/gil/heartbeat.py
import sys
import threading
import time

stop = False


def spin():
    x = 0
    while not stop:
        x += 1


spinners = [threading.Thread(target=spin) for _ in range(2)]
for t in spinners:
    t.start()
lateness = []
for _ in range(100):
    before = time.monotonic()
    time.sleep(0.01)
    lateness.append(time.monotonic() - before - 0.01)
stop = True
for t in spinners:
    t.join()
lateness.sort()
interval = sys.getswitchinterval()
print("switch interval %.1f ms" % (interval * 1000))
print("heartbeat lateness: median %.1f ms, p99 %.1f ms, max %.1f ms" % (
    lateness[50] * 1000, lateness[98] * 1000, lateness[-1] * 1000))
