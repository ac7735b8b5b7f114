# Pool tasks and results cross processes pickled. A lambda passed to Pool.map fails in the parent
# with _pickle.PicklingError "Can't pickle <function <lambda> at 0x...>: attribute lookup <lambda>
# on __main__ failed" (the address is cut out here); a function local to another function fails
# with AttributeError "Can't pickle local object ..."; an unpicklable result returned by a worker
# comes back as MaybeEncodingError; the pool keeps working. A Process target may be a lambda (fork).
from multiprocessing import Pool, Process, Queue

def without_address(msg):
    head, sep, rest = msg.partition(" at 0x")
    return head + rest[rest.index(">"):] if sep else msg

def make_generator(n):
    return (i for i in range(n))

def run_local(pool):
    def local(x):
        return x
    return pool.apply(local, (1,))

if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            pool.map(lambda x: x, [1, 2])
        except Exception as e:
            print("map lambda ->", type(e).__name__)
            print("   ", without_address(str(e)))
        try:
            run_local(pool)
        except Exception as e:
            print("apply local ->", type(e).__name__, e)
        try:
            pool.apply(make_generator, (3,))
        except Exception as e:
            print("unpicklable result ->", type(e).__name__)
        print(pool.map(abs, [-1, -2, 3]))
    q = Queue()
    p = Process(target=lambda: q.put("lambda target ran"))
    p.start()
    print(q.get())
    p.join()
