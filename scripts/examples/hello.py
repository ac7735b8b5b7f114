print("你好, gilt!", [i * i for i in range(5)], sum(range(10)))
