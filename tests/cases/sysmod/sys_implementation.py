# sys.implementation: a SimpleNamespace; its values name the interpreter, so only its shape is
# the same on CPython and gilt.
import sys

impl = sys.implementation
print(type(impl).__name__, type(impl).__module__)
print(sorted(k for k in vars(impl) if not k.startswith("_")))
print(type(impl.name).__name__, impl.name == impl.name.lower())
print(type(impl.version).__name__, len(impl.version), impl.version[3])
print(type(impl.hexversion).__name__, impl.hexversion > 0)
print(impl.cache_tag is None or isinstance(impl.cache_tag, str))
print(repr(impl).startswith("namespace(name="), repr(impl).endswith(")"))
print(impl == impl, impl.name == sys.implementation.name)
impl.extra = 5
print(impl.extra, "extra=5" in repr(impl))
del impl.extra
print(hasattr(impl, "extra"))
print(sys.version.startswith("3.11."), type(sys.version).__name__)
print(isinstance(sys.executable, str), sys.executable.startswith("/"))
print(sys.orig_argv[1:], type(sys.orig_argv).__name__)
print(sys.argv, sys.warnoptions, sys._xoptions)
print(sys.path[0] == __file__.rsplit("/", 1)[0])
print(sys.dont_write_bytecode, sys.getdefaultencoding())
print(hasattr(sys, "ps1"), hasattr(sys, "ps2"))
