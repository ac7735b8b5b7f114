# Seed section 5.9 (epoll 使用, 相关代码): the smallest epoll loop on a listening socket.
# Changes from the seed, so the script ends by itself on loopback only:
#   - binds port 0 (an ephemeral port) instead of 1688, so runs cannot collide;
#   - a client thread connects once, giving epoll an event to report;
#   - after the first batch of events it prints what it saw and breaks (the seed loops forever).
import socket,select
import threading
server = socket.socket()
server.bind(("127.0.0.1",0))  # 原文: server.bind(("127.0.0.1",1688))
server.listen(5)
#创建epoll事件对象,后续要监控的事件添加到其中
epoll = select.epoll()
#注册服务器监听fd到等待读事件集合
epoll.register(server.fileno(), select.EPOLLIN) # 需要关注 server这个socket的可读事件

def client():  # added: connects once and leaves
    connection = socket.socket()
    connection.connect(server.getsockname())
    connection.close()

threading.Thread(target=client).start()
# 等待事件发生
while True:
    for sock,event in epoll.poll():
        pass
    print("server readable:", sock == server.fileno(), event == select.EPOLLIN)  # added
    break  # added: the seed keeps polling forever
