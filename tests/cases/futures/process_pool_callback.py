# The seed's async callback pattern with a process pool: add_done_callback(fn) runs fn(future) in
# the parent (MainProcess) once the worker's result is back; results are collected and sorted; a
# callback added to an already finished future runs at once, in the caller.
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import current_process

def get_data(url):
    page = '<a href="%s">home</a> <a href="https://www.example.com">example</a>' % url
    return url, page.encode("utf-8")

parsed = []

def parser(fut):
    url, content = fut.result()
    links = content.decode("utf-8").count("href=")
    parsed.append((url, len(content), links, current_process().name))

if __name__ == '__main__':
    urls = ["https://www.baidu.com", "https://www.sina.com", "https://www.python.org",
            "https://www.tmall.com"]
    with ProcessPoolExecutor(3) as pool:
        futures = []
        for url in urls:
            f = pool.submit(get_data, url)
            f.add_done_callback(parser)
            futures.append(f)
    for row in sorted(parsed):
        print(row)
    late = []
    futures[0].add_done_callback(lambda f: late.append(f.result()[0]))
    print("late callback ran at once:", late)
