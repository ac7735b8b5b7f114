# test: stderr
# A custom exception class escapes the script: traceback and `ClassName: message` last line.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, item, wanted):
        super().__init__("%s: wanted %d, have 0" % (item, wanted))


def take(item, count):
    print("taking", count, item)
    raise OutOfStock(item, count)


take("apples", 3)
