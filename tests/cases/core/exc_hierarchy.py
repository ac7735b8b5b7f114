# The built-in exception hierarchy: base classes, catching through a base class.
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (ArithmeticError, Exception),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError),
    (StopIteration, Exception),
    (GeneratorExit, BaseException),
    (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException),
    (Exception, BaseException),
    (IndentationError, SyntaxError),
    (TypeError, ValueError),
    (GeneratorExit, Exception),
    (SystemExit, Exception),
    (AssertionError, Exception),
    (AttributeError, Exception),
]
for sub, base in pairs:
    print(sub.__name__, "<", base.__name__, issubclass(sub, base))
print([k.__name__ for k in ZeroDivisionError.__mro__])
print([k.__name__ for k in KeyError.__mro__])
for raiser in [lambda: 1 // 0, lambda: [][3], lambda: {}[1], lambda: open("no_such_file.txt")]:
    try:
        raiser()
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    except OSError as e:
        print("OSError caught", type(e).__name__, e.errno)
print(isinstance(KeyError("k"), LookupError), isinstance(KeyError("k"), ValueError))
