# types: the names of the interpreter's types, and what they construct.
import sys
import types


def f():
    pass


def gen():
    yield


async def co():
    pass


class C:
    def m(self):
        pass


print(types.FunctionType, types.LambdaType, types.MethodType, types.GeneratorType)
print(types.BuiltinFunctionType, types.BuiltinMethodType, types.ModuleType, types.CoroutineType)
print(types.NoneType, types.NotImplementedType, types.EllipsisType, types.CodeType)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.FunctionType))
print(isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(sys, types.ModuleType))
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(f.__code__, types.CodeType), type(None) is types.NoneType)

bound = types.MethodType(lambda self, k: (self, k), "obj")
print(bound(5), bound.__self__)
try:
    types.MethodType(3, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, (int,)))
print(sorted(n for n in ("FunctionType", "new_class", "SimpleNamespace", "coroutine") if n in types.__all__))
