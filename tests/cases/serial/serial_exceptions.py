# Exceptions come back with their class and args; attributes too; tracebacks are not carried.
from _serial_compat import rt


def show(e):
    r = rt(e)
    print(type(r).__name__, r.args, str(r), type(r) is type(e))
    return r


show(ValueError('bad value'))
show(KeyError('k'))
show(TypeError())
show(RuntimeError('a', 2, None))
show(ZeroDivisionError('division by zero'))
show(StopIteration(5))


class AppError(Exception):
    pass


class CodeError(AppError):
    def __str__(self):
        return f'code {self.args[0]}'


r = show(AppError('failed', 3))
print(isinstance(r, Exception))
show(CodeError(404))

e = AppError('with attrs')
e.code = 7
e.detail = {'k': [1]}
r = rt(e)
print(r.code, r.detail)

try:
    1 / 0
except ZeroDivisionError as exc:
    r = rt(exc)
    print(type(r).__name__, r.args, r.__traceback__ is None)

try:
    raise ValueError('outer') from KeyError('inner')
except ValueError as exc:
    r = rt(exc)
    print(r.args, r.__cause__)

errs = rt([ValueError('x'), ValueError('x')])
print(errs[0] is errs[1], errs[0].args == errs[1].args)
shared = IndexError('once')
errs = rt([shared, shared])
print(errs[0] is errs[1])
