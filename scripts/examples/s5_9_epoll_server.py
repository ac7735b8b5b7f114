# Seed section 5.9 (epoll 案例): the epoll echo server (upper-cases what it gets) and its client.
# Changes from the seed, so one script runs both and ends by itself on loopback only:
#   - the server binds port 0 (an ephemeral port) instead of 1688; the client connects to
#     server.getsockname() instead of ('127.0.0.1',1688);
#   - the client, a separate script in the seed, runs in a thread of this script; its Python 2
#     raw_input('please input:') is replaced by a function that answers from a fixed list;
#   - the server stops once the client has left (the seed serves forever).
# The printed descriptor numbers are this process's fds (CPython: server 3, epoll 4, client 5, 6).
# coding:utf-8
import socket, select
import threading

server = socket.socket()
server.bind(("127.0.0.1", 0))  # 原文: server.bind(("127.0.0.1", 1688))
server.listen(5)
msgs = []
fd_socket = {server.fileno(): server}
epoll = select.epoll()
# 注册服务器的 写就绪
epoll.register(server.fileno(), select.EPOLLIN)

answers = iter(["hello", "", "epoll", "q"])

def raw_input(prompt):  # added: the keyboard is replaced by a fixed list of answers
    return next(answers)

def run_client():  # the seed's 客户端 script, indented into a function
    #coding:utf-8
    #客户端
    #创建客户端socket对象
    import socket
    clientsocket = socket.socket(socket.AF_INET,socket.SOCK_STREAM)
    #服务端IP地址和端口号元组
    server_address = server.getsockname()  # 原文: server_address = ('127.0.0.1',1688)
    #客户端连接指定的IP地址和端口号
    clientsocket.connect(server_address)
    while True:
        #输入数据
        data = raw_input('please input:')
        if data == "q":
            break
        if not data:
            continue
        #客户端发送数据
        clientsocket.send(data.encode("utf-8"))
        #客户端接收数据
        server_data = clientsocket.recv(1024)
        print ('客户端收到的数据:',server_data)
    #关闭客户端socket
    clientsocket.close()

threading.Thread(target=run_client).start()

running = True  # added
while running:  # 原文: while True:
    for fd, event in epoll.poll():
        sock = fd_socket[fd]
        print(fd, event)
        # 返回的是文件描述符 需要获取对应socket
        if sock == server: # 如果是服务器 就接受请求
            client, addr = server.accept()
            # 注册客户端写就绪
            epoll.register(client.fileno(), select.EPOLLIN)
            # 添加对应关系
            fd_socket[client.fileno()] = client
        # 读就绪
        elif event == select.EPOLLIN:
            data = sock.recv(2018)
            if not data:
                # 注销事件
                epoll.unregister(fd)
                # 关闭socket
                sock.close()
                # 删除socket对应关系
                del fd_socket[fd]
                print(" somebody fuck out...")
                running = False  # added: the only client has left
                continue
            print(data.decode("utf-8"))
            # 读完数据 需要把数据发回去所以接下来更改为写就绪=事件
            epoll.modify(fd, select.EPOLLOUT)
            #记录数据
            msgs.append((sock,data.upper()))
        elif event == select.EPOLLOUT:
            for item in msgs[:]:
                if item[0] == sock:
                    sock.send(item[1])
                    msgs.remove(item)
            # 切换关注事件为写就绪
            epoll.modify(fd,select.EPOLLIN)
