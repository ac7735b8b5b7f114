# Seed section 5.9 (epoll相关函数): every function the seed lists, run on a real loopback socket.
# The seed lists signatures with placeholders (文件句柄, 事件类型); here they get real sockets and
# events. Its epoll.modfiy is a typo for epoll.modify, and fromfd is called on the class
# (select.epoll.fromfd) with a duplicate of the descriptor, so the two objects do not share one fd.
import os
import select # 导入select模块
import socket

server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(5)

epoll = select.epoll() # 创建一个epoll对象
epoll.register(server.fileno(), select.EPOLLIN) # 注册要监控的文件句柄和事件

# 事件类型: 可读事件 可写事件 错误事件 客户端断开事件
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLERR, select.EPOLLHUP)

print("nothing yet:", epoll.poll(0))
client = socket.socket()
client.connect(server.getsockname())
events = epoll.poll(1)  # timeout 1 s: 如果无变化则返回空
print("client connected:", [(fd == server.fileno(), event) for fd, event in events])

connection, address = server.accept()
epoll.register(connection.fileno(), select.EPOLLOUT)
print("writable:", [(fd == connection.fileno(), event) for fd, event in epoll.poll(1)])
epoll.modify(connection.fileno(), select.EPOLLIN)  # 修改文件描述符所对应的事件
client.send("你好".encode("utf-8"))
print("readable:", [(fd == connection.fileno(), event) for fd, event in epoll.poll(1)])
print(connection.recv(1024).decode("utf-8"))

print("control fd is an int:", isinstance(epoll.fileno(), int)) # 返回epoll的控制文件描述符
other = select.epoll.fromfd(os.dup(epoll.fileno())) # 从1个指定的文件描述符创建1个epoll对象
other.close()

epoll.unregister(connection.fileno()) # 销毁文件句柄
epoll.unregister(server.fileno())
epoll.close() # 关闭epoll对象的控制文件描述符
print("closed:", epoll.closed, other.closed)
client.close()
connection.close()
server.close()
