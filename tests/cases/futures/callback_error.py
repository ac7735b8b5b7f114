# A callback that raises does not stop the others (the logged report is not compared).
from concurrent.futures import Future
log = []
f = Future()
f.add_done_callback(lambda fut: log.append("one"))
f.add_done_callback(lambda fut: log.append("three"))
f.set_result(1)
print(log)
