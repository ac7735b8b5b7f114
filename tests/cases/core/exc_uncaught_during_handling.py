# test: stderr
# An exception raised inside an except block: "During handling of the above exception" chain.
def cleanup(resource):
    return resource.close()


def work():
    data = {"a": 1}
    try:
        return data["b"]
    except KeyError:
        print("handling the KeyError")
        cleanup(None)


work()
