# Custom exception classes: hierarchy, extra attributes, args, str/repr, catching by base.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return "config key %r: %s" % (self.key, self.reason)


class QuietError(AppError):
    pass


try:
    raise ConfigError("port", "must be a number")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key)
    print(repr(e))
try:
    raise QuietError
except AppError as e:
    print(type(e).__name__, repr(str(e)), e.args, repr(e))
try:
    raise QuietError("with", "two args")
except QuietError as e:
    print(e, repr(e))
print(issubclass(ConfigError, Exception), [k.__name__ for k in ConfigError.__mro__])


class WithDefault(Exception):
    def __init__(self, message="default message"):
        super().__init__(message)


try:
    raise WithDefault()
except WithDefault as e:
    print(e)
errors = [AppError("a"), ConfigError("k", "r"), QuietError()]
print([str(x) for x in errors])
