# Sizes no machine can hold raise MemoryError (or OverflowError) before allocating, never abort.
cases = [
    "[0]*(2**62)", "(0,)*(2**62)", "list(range(2**62))", "tuple(range(2**62))",
    "[]*(2**62)", "()*(2**62)", "sorted(range(2**62))", "[1,2]*(2**61)", "'a'*(2**62)",
    "b'a'*(2**62)", "bytes(2**62)", "bytearray(2**62)", "(1).to_bytes(2**62,'big')",
    "'a'.zfill(2**62)", "'a'.ljust(2**62)", "'a'.center(2**62)", "'%*d' % (2**62, 1)",
    "'x'.expandtabs(2**40)", "'ab'.replace('a','x'*2**40)", "bytes(range(3))*(2**61)",
]
for source in cases:
    try:
        print(source, "->", len(eval(source)))
    except (MemoryError, OverflowError) as e:
        print(source, "->", type(e).__name__, e)
