# test: stderr
# Uncaught KeyError: the message is the repr of the key.
prices = {"apple": 3, "pear": 4}
for fruit in ["apple", "pear", "plum"]:
    print(fruit, prices[fruit])
