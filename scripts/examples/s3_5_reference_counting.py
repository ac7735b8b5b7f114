# Seed section 3.5 (GIL锁, 1 内存管理机制 引用计数): the reference-count illustration.
# It prints nothing: the comments give the count of the object 10 after each line.
a = 10      # 10地址次数计数为1
b = a       # 计数2
b = 1       # 计数1
a = 0       # 计数0
