# sys.flags: a struct sequence with CPython 3.11's fields, indexed and compared as a tuple.
import sys

flags = sys.flags
print(flags)
print(type(flags), type(flags).__name__, type(flags).__module__)
print(len(flags), flags.n_fields, flags.n_sequence_fields, flags.n_unnamed_fields)
print(flags[0], flags[-1], flags[2:5], flags[::6])
print(isinstance(flags, tuple), tuple(flags) == flags, list(flags)[:3])
print(flags.debug, flags.inspect, flags.interactive, flags.optimize)
print(flags.dont_write_bytecode, flags.no_user_site, flags.no_site, flags.ignore_environment)
print(flags.verbose, flags.bytes_warning, flags.quiet, flags.hash_randomization)
print(flags.isolated, flags.dev_mode, flags.utf8_mode, flags.warn_default_encoding)
print(flags.safe_path, flags.int_max_str_digits)
print(type(flags.dev_mode).__name__, type(flags.safe_path).__name__, type(flags.debug).__name__)
print(hash(flags) == hash(tuple(flags)), flags == tuple(flags), flags != (0,))
print(flags.count(0) > 5, flags.index(flags.debug))
names = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
         "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
         "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
         "warn_default_encoding", "safe_path", "int_max_str_digits"]
print(all(getattr(flags, n) == flags[i] for i, n in enumerate(names)))
debug, inspect, *rest = flags
print(debug, inspect, len(rest))
print(flags + (1,) == tuple(flags) + (1,), (0,) + flags == (0,) + tuple(flags))
print(sorted(set(flags)) == sorted(set(tuple(flags))))
print(sys.dont_write_bytecode == bool(flags.dont_write_bytecode))

for action in [
    lambda: setattr(flags, "debug", 1),
    lambda: setattr(flags, "nonexistent", 1),
    lambda: delattr(flags, "debug"),
    lambda: flags.nonexistent,
    lambda: flags[18],
    lambda: flags["debug"],
    lambda: type(flags)(),
    lambda: type(flags)(tuple(flags)),
]:
    try:
        action()
        print("no error")
    except (AttributeError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

print(repr(flags) == str(flags))
print(f"{flags.optimize}-{flags.quiet}")
