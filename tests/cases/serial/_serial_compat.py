# The cases run on gilt (_serial) and are recorded on CPython (pickle): same calls, same behaviour.
try:
    import _serial as s
    dumps, loads, SerialError = s.dumps, s.loads, s.SerialError
    LoadError = (s.SerialError, EOFError)
except ImportError:
    import pickle
    dumps, loads = pickle.dumps, pickle.loads
    SerialError = pickle.PicklingError
    LoadError = (pickle.UnpicklingError, EOFError)


def rt(obj):
    """The object after a trip through dumps and loads."""
    return loads(dumps(obj))
