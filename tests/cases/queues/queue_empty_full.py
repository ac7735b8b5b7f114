# Empty and Full: nowait calls and timeouts.
import queue
q = queue.Queue(1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), isinstance(e, Exception))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(False)
except queue.Empty:
    print("Empty non-blocking")
q.put_nowait(1)
try:
    q.put_nowait(2)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put(2, block=False)
except queue.Full:
    print("Full non-blocking")
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
