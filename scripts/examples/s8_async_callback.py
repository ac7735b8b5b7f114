# Seed section 8 (异步回调): a process pool "downloads" pages; add_done_callback parses each result
# in the parent process as soon as it is ready.
# Change from the seed: it used the third-party `requests` library to fetch six real websites.
# With no external network here, `requests` is a small local stand-in whose get(url) returns an
# object with .content (a fake page holding a few links), so the script runs offline in about 4 s.
# Output order depends on scheduling, the sleeps are random (1-2 s) and the printed pids differ.
import re,os,random,time  # 原文: import requests,re,os,random,time
from concurrent.futures import ProcessPoolExecutor

class FakeResponse:  # added: what requests.get returns, reduced to .content
    def __init__(self, url):
        page = '<a href="%s">首页</a> <a href="https://www.example.com">example</a>' % url
        self.content = page.encode("utf-8")

class requests:  # added: stand-in for the requests library, offline
    @staticmethod
    def get(url):
        return FakeResponse(url)

def get_data(url):
    print("%s 正在请求%s" % (os.getpid(),url))
    time.sleep(random.randint(1,2))
    response = requests.get(url)
    print(os.getpid(),"请求成功 数据长度",len(response.content))
    #parser(response) # 3.直接调用解析方法 哪个进程请求完成就那个进程解析数据 强行使两个操作耦合到一起了
    return response
def parser(obj):
    data = obj.result()
    htm = data.content.decode("utf-8")
    ls = re.findall("href=.*?com",htm)
    print(os.getpid(),"解析成功",len(ls),"个链接")
if __name__ == '__main__':
    pool = ProcessPoolExecutor(3)
    urls = ["https://www.baidu.com",
            "https://www.sina.com",
            "https://www.python.org",
            "https://www.tmall.com",
            "https://www.mysql.com",
            "https://www.apple.com.cn"]
    # objs = []
    for url in urls:
        # res = pool.submit(get_data,url).result() # 1.同步的方式获取结果 将导致所有请求任务不能并发
        # parser(res)
        obj = pool.submit(get_data,url) #
        obj.add_done_callback(parser) # 4.使用异步回调,保证了数据可以被及时处理,并且请求和解析解开了耦合
        # objs.append(obj)
    # pool.shutdown() # 2.等待所有任务执行结束在统一的解析
    # for obj in objs:
    #     res = obj.result()
    #     parser(res)
    # 1.请求任务可以并发 但是结果不能被及时解析 必须等所有请求完成才能解析
    # 2.解析任务变成了串行,
