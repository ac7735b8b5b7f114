# JoinableQueue: worker processes call task_done() per item and the parent's join() returns once
# every put has been matched; the seed's single-process example; one task_done() too many raises
# ValueError('task_done() called too many times').
from multiprocessing import Process, JoinableQueue, Queue

def worker(jq, results):
    while True:
        item = jq.get()
        results.put(item * 10)
        jq.task_done()

if __name__ == '__main__':
    j = JoinableQueue()
    j.put('wsx')
    j.put('222')
    j.put('333')
    print('took %s' % j.get())
    j.task_done()
    j.task_done()
    j.task_done()
    j.join()
    print("joined after 3 task_done")
    try:
        j.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    jq, results = JoinableQueue(), Queue()
    ws = [Process(target=worker, args=(jq, results), daemon=True) for _ in range(2)]
    for w in ws:
        w.start()
    for i in range(6):
        jq.put(i)
    jq.join()
    print("all tasks done:", sorted(results.get() for _ in range(6)))
    for w in ws:
        w.terminate()
        w.join()
    print([w.exitcode for w in ws])
