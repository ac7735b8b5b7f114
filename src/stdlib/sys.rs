//! `sys`: the interpreter's own state as Python sees it (argv, path, modules, the standard
//! streams, the recursion limit, exit).

use crate::objects::{Args, PyResult, Value};
use crate::vm::{dict_get_str, dict_set_str, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    if let Some(m) = vm.sys_module.clone() {
        return Ok(m);
    }
    let config = crate::cli::config();
    let (m, d) = vm.new_module("sys");
    let strings =
        |items: &[String]| Value::list(items.iter().map(|a| Value::str(a.clone())).collect());
    let argv = strings(&vm.interp.argv.borrow());
    let path = strings(&vm.interp.path.borrow());
    let set = |vm: &Vm, name: &str, v: Value| dict_set_str(&d, vm.intern(name), v);
    set(vm, "argv", argv);
    set(vm, "orig_argv", strings(&config.orig_argv));
    set(vm, "path", path);
    set(vm, "modules", Value::Obj(vm.interp.modules.clone()));
    for name in ["stdin", "stdout", "stderr"] {
        let stream = crate::stdlib::io::std_stream(vm, name);
        set(vm, name, stream.clone());
        set(vm, &format!("__{}__", name), stream);
    }
    set(
        vm,
        "version",
        Value::str(format!("3.11.7 (gilt {})", env!("CARGO_PKG_VERSION"))),
    );
    set(vm, "hexversion", Value::Int(0x030b07f0));
    set(vm, "api_version", Value::Int(1013));
    set(vm, "platform", Value::str(std::env::consts::OS));
    set(
        vm,
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set(vm, "maxsize", Value::Int(i64::MAX));
    set(vm, "maxunicode", Value::Int(0x10ffff));
    set(vm, "executable", Value::str(executable()));
    set(vm, "implementation_name", Value::str("gilt"));
    set(
        vm,
        "builtin_module_names",
        Value::tuple(vec![Value::str("builtins"), Value::str("sys")]),
    );
    set(vm, "float_repr_style", Value::str("short"));
    set(vm, "warnoptions", strings(&config.warnoptions));
    let mut xoptions = crate::objects::Dict::new();
    for (name, value) in &config.xoptions {
        let value = match value {
            crate::cli::XValue::True => Value::bool(true),
            crate::cli::XValue::Str(s) => Value::str(s.clone()),
        };
        xoptions.set_str(vm.intern(name), value);
    }
    set(vm, "_xoptions", Value::dict(xoptions));
    set(
        vm,
        "dont_write_bytecode",
        Value::bool(config.flags.dont_write_bytecode > 0),
    );
    set(vm, "pycache_prefix", Value::None);
    add_struct_sequences(vm, &d)?;
    vm.add_function(&d, "sys", "exit", exit);
    vm.add_function(&d, "sys", "getrecursionlimit", getrecursionlimit);
    vm.add_function(&d, "sys", "getrefcount", getrefcount);
    vm.add_function(&d, "sys", "unraisablehook", unraisablehook);
    vm.add_function(&d, "sys", "excepthook", excepthook);
    vm.add_function(&d, "sys", "displayhook", displayhook);
    // It may warn, naming the caller's line: it reads the caller's frame.
    let hook = Value::obj(crate::objects::Payload::BuiltinFunction(
        crate::objects::BuiltinFunction {
            name: "breakpointhook",
            owner: "sys",
            func: breakpointhook,
            bound: None,
            wants_caller: true,
        },
    ));
    dict_set_str(&d, vm.intern("breakpointhook"), hook);
    // The originals, which a script restores after replacing a hook.
    for name in [
        "unraisablehook",
        "excepthook",
        "displayhook",
        "breakpointhook",
    ] {
        let hook = dict_get_str(&d, &vm.intern(name)).unwrap_or(Value::None);
        dict_set_str(&d, vm.intern(&format!("__{}__", name)), hook);
    }
    let object = vm.types().object.clone();
    let mut ns = crate::objects::Dict::new();
    ns.set_str(vm.names().__module__.clone(), Value::str("sys"));
    let args_class = crate::objects::class::new_class(
        "UnraisableHookArgs",
        vec![object.clone()],
        vec![object],
        ns,
        crate::objects::class::TypeKind::Plain,
    );
    dict_set_str(&d, vm.intern("UnraisableHookArgs"), Value::Obj(args_class));
    vm.add_function(&d, "sys", "getsizeof", getsizeof);
    vm.add_caller_function(&d, "sys", "_getframe", crate::objects::frame::sys_getframe);
    vm.add_function(&d, "sys", "settrace", crate::vm::tracing::settrace);
    vm.add_function(&d, "sys", "gettrace", crate::vm::tracing::gettrace);
    vm.add_function(&d, "sys", "setprofile", crate::vm::tracing::setprofile);
    vm.add_function(&d, "sys", "getprofile", crate::vm::tracing::getprofile);
    vm.add_function(&d, "sys", "setrecursionlimit", setrecursionlimit);
    vm.add_function(&d, "sys", "exc_info", exc_info);
    vm.add_function(&d, "sys", "exception", exception);
    vm.add_function(&d, "sys", "getdefaultencoding", getdefaultencoding);
    vm.add_function(&d, "sys", "intern", intern);
    vm.add_function(&d, "sys", "getswitchinterval", getswitchinterval);
    vm.add_function(&d, "sys", "get_int_max_str_digits", get_int_max_str_digits);
    vm.add_function(&d, "sys", "set_int_max_str_digits", set_int_max_str_digits);
    vm.add_function(&d, "sys", "setswitchinterval", setswitchinterval);
    vm.sys_module = Some(m.clone());
    Ok(m)
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(crate::objects::int::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 lifts the limit; otherwise at least 640.
fn set_int_max_str_digits(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let kw = args.take_kw("maxdigits");
    args.no_kwargs(vm, "set_int_max_str_digits()")?;
    let Some(n) = kw.or_else(|| args.args.first().cloned()) else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = crate::objects::int::index_value(vm, &n)?;
    let threshold = crate::objects::int::STR_DIGITS_CHECK_THRESHOLD as i64;
    match n {
        Value::Int(i) if i32::try_from(i).is_err() => {
            Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        Value::Int(i) if i == 0 || i >= threshold => {
            crate::objects::int::set_max_str_digits(i as usize);
            Ok(Value::None)
        }
        Value::Obj(_) => Err(vm.overflow_error("Python int too large to convert to C int")),
        _ => Err(vm.value_error(format!("maxdigits must be 0 or larger than {}", threshold))),
    }
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "exit", 0, 1)?;
    Err(vm.new_exception_args("SystemExit", args.args))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "setrecursionlimit", 1, 1)?;
    let n = match &args.args[0] {
        Value::Int(n) => *n,
        v => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            return Err(vm.type_error(msg));
        }
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        let msg = format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n, vm.depth
        );
        return Err(vm.new_exception("RecursionError", msg));
    }
    vm.interp.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "sys.exc_info", 0, 0)?;
    let h = vm.handled.clone();
    if h.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&h));
    let tb = crate::objects::exception::traceback_object(&h);
    Ok(Value::tuple(vec![t, h, tb]))
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "sys.exception", 0, 0)?;
    Ok(vm.handled.clone())
}

fn getdefaultencoding(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "intern", 1, 1)?;
    match args.args[0].as_str() {
        Some(s) => Ok(vm.intern(s)),
        None => Err(vm.type_error("intern() argument must be str")),
    }
}

impl Vm {
    /// An attribute of the `sys` module, as the script may have changed it.
    pub fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let sys = self.sys_module.clone()?;
        let d = self.module_dict(&sys)?;
        let key = self.intern(name);
        crate::vm::dict_get_str(&d, &key)
    }
}

/// The exit status for an uncaught SystemExit, printing its message as CPython does.
pub fn exit_status(vm: &mut Vm, exc: &Value) -> i32 {
    let args = crate::vm::repr::exception_args(exc);
    let code = match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => Value::tuple(args),
    };
    match code {
        Value::None => 0,
        Value::Int(i) => i as i32,
        Value::Bool(b) => b.get() as i32,
        other => {
            let s = vm.str(&other).unwrap_or_default();
            crate::stdlib::io::write_stderr(&format!("{}\n", s));
            1
        }
    }
}

// ----- the switch interval ----------------------------------------------------------------------

/// The GIL's switch interval in whole microseconds, stored as CPython stores it:
/// `sys.setswitchinterval` truncates (1e-9 becomes 0, which `getswitchinterval` reports as 0.0).
/// This is the one place the value lives; the GIL reads it through `switch_interval`, which
/// waits at least one microsecond, as CPython's `take_gil` does.
/// The switch interval as `sys.getswitchinterval()` reports it, in seconds: the GIL keeps whole
/// microseconds, and CPython multiplies them back by 1e-6 (so 0.0001 reads 9.999999999999999e-05).
pub fn switch_interval_seconds() -> f64 {
    crate::runtime::gil().switch_interval().as_micros() as f64 * 1e-6
}

/// Set the switch interval (seconds, already checked to be positive; `--switch-interval` and
/// `sys.setswitchinterval` both come here). NaN passes CPython's check and becomes 2**63
/// microseconds there (the conversion's result on x86-64): no forced switches.
pub fn set_switch_interval_seconds(seconds: f64) {
    let interval = if seconds.is_nan() {
        std::time::Duration::from_micros(1 << 63)
    } else {
        std::time::Duration::from_micros((seconds.min(1e9) * 1e6) as u64)
    };
    crate::runtime::gil().set_switch_interval(interval);
}

fn getswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "sys.getswitchinterval", 0, 0)?;
    Ok(Value::float(switch_interval_seconds()))
}

fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "setswitchinterval")?;
    args.check_count(vm, "sys.setswitchinterval", 1, 1)?;
    let seconds = crate::objects::float::to_f64(vm, &args.args[0])?;
    if seconds <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    set_switch_interval_seconds(seconds);
    Ok(Value::None)
}

// ----- struct sequences -------------------------------------------------------------------------

/// `sys.version_info`, `flags`, `float_info`, `int_info`, `hash_info`: struct sequences, and
/// `sys.implementation`, as in CPython.
fn add_struct_sequences(vm: &mut Vm, d: &crate::objects::ObjRef) -> PyResult<()> {
    let version_fields = ["major", "minor", "micro", "releaselevel", "serial"];
    let version =
        make_struct_sequence_class(vm, "sys", "version_info", &version_fields, &[], true)?;
    let version_info = struct_sequence_value(vm, &version, version_tuple(3, 11, 7))?;
    dict_set_str(d, vm.intern("version_info"), version_info);
    let flags = flags_value(vm)?;
    dict_set_str(d, vm.intern("flags"), flags);
    let float_fields = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let float_class = struct_sequence_class(vm, "sys", "float_info", &float_fields, &[])?;
    let float_values = vec![
        Value::float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    let float_info = struct_sequence_value(vm, &float_class, float_values)?;
    dict_set_str(d, vm.intern("float_info"), float_info);
    let int_fields = [
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ];
    let int_class = struct_sequence_class(vm, "sys", "int_info", &int_fields, &[])?;
    let int_values = vec![
        Value::Int(30),
        Value::Int(4),
        Value::Int(4300),
        Value::Int(640),
    ];
    let int_info = struct_sequence_value(vm, &int_class, int_values)?;
    dict_set_str(d, vm.intern("int_info"), int_info);
    let hash_fields = [
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ];
    let hash_class = struct_sequence_class(vm, "sys", "hash_info", &hash_fields, &[])?;
    // Numbers hash as CPython's (modulo the Mersenne prime 2**61 - 1); strings and bytes by
    // FNV-1a over their bytes, unseeded (`objects::str::hash_str`).
    let hash_values = vec![
        Value::Int(64),
        Value::Int((1i64 << 61) - 1),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        Value::str("fnv1a"),
        Value::Int(64),
        Value::Int(0),
        Value::Int(0),
    ];
    let hash_info = struct_sequence_value(vm, &hash_class, hash_values)?;
    dict_set_str(d, vm.intern("hash_info"), hash_info);
    // `sys.implementation`: gilt's own name and version; no bytecode cache (`cache_tag` None
    // tells importlib-minded code that nothing is cached).
    let (major, minor, micro) = gilt_version();
    let gilt_version = struct_sequence_value(vm, &version, version_tuple(major, minor, micro))?;
    let namespace = struct_sequence_helper(vm, "SimpleNamespace")?;
    let implementation = vm.call(&namespace, vec![])?;
    let hexversion = (major << 24) | (minor << 16) | (micro << 8) | 0xf0;
    for (name, value) in [
        ("name", Value::str("gilt")),
        ("cache_tag", Value::None),
        ("version", gilt_version),
        ("hexversion", Value::Int(hexversion)),
        (
            "_multiarch",
            Value::str(format!("{}-linux-gnu", std::env::consts::ARCH)),
        ),
    ] {
        let key = vm.intern(name);
        vm.setattr(&implementation, &key, value)?;
    }
    dict_set_str(d, vm.intern("implementation"), implementation);
    Ok(())
}

fn version_tuple(major: i64, minor: i64, micro: i64) -> Vec<Value> {
    vec![
        Value::Int(major),
        Value::Int(minor),
        Value::Int(micro),
        Value::str("final"),
        Value::Int(0),
    ]
}

/// gilt's version from Cargo.toml, as numbers.
fn gilt_version() -> (i64, i64, i64) {
    let mut parts = env!("CARGO_PKG_VERSION")
        .split('.')
        .map(|p| p.parse::<i64>().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

/// `sys.flags`, from the command line and environment (`cli::Config`).
fn flags_value(vm: &mut Vm) -> PyResult<Value> {
    let f = &crate::cli::config().flags;
    let int = |n: u32| Value::Int(n as i64);
    let fields: Vec<(&str, Value)> = vec![
        ("debug", int(f.debug)),
        ("inspect", int(f.inspect)),
        ("interactive", int(f.interactive)),
        ("optimize", int(f.optimize)),
        ("dont_write_bytecode", int(f.dont_write_bytecode)),
        ("no_user_site", int(f.no_user_site)),
        ("no_site", int(f.no_site)),
        ("ignore_environment", int(f.ignore_environment)),
        ("verbose", int(f.verbose)),
        ("bytes_warning", int(f.bytes_warning)),
        ("quiet", int(f.quiet)),
        ("hash_randomization", int(f.hash_randomization)),
        ("isolated", int(f.isolated)),
        ("dev_mode", Value::bool(f.dev_mode)),
        ("utf8_mode", int(f.utf8_mode)),
        ("warn_default_encoding", int(f.warn_default_encoding)),
        ("safe_path", Value::bool(f.safe_path)),
        ("int_max_str_digits", Value::Int(f.int_max_str_digits)),
    ];
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let class = make_struct_sequence_class(vm, "sys", "flags", &names, &[], true)?;
    struct_sequence_value(vm, &class, fields.into_iter().map(|(_, v)| v).collect())
}

/// The base class of struct sequences (`time.struct_time`, `os.stat_result`, `sys.flags`): a
/// tuple of the `_fields` (so they index, slice, compare and hash as tuples), each also a
/// read-only attribute, plus `_extra_fields`, attributes only. `_no_new` classes (`sys.flags`,
/// `sys.version_info`) cannot be called; the runtime makes their one instance with `_make`.
/// Also `SimpleNamespace`, for `sys.implementation`.
const STRUCT_SEQUENCE_SOURCE: &str = r#"
class _StructSeq(tuple):
    _type_name = ''
    _fields = ()
    _extra_fields = ()
    _no_new = False

    def __new__(cls, *args, **kwargs):
        if cls._no_new:
            raise TypeError("cannot create '" + cls._type_name + "' instances")
        if 'sequence' in kwargs:
            args = (kwargs.pop('sequence'),) + args
        if 'dict' in kwargs:
            args = args + (kwargs.pop('dict'),)
        if not args:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        if len(args) > 2:
            raise TypeError("structseq() takes at most 2 arguments (" + str(len(args)) + " given)")
        sequence = args[0]
        dict = args[1] if len(args) > 1 else None
        try:
            iter(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError(cls._type_name + "() takes a dict as second arg, if any")
        return cls._make(sequence, dict)

    @classmethod
    def _make(cls, sequence, dict=None):
        values = tuple(sequence)
        n = len(cls._fields)
        most = n + len(cls._extra_fields)
        name = cls._type_name
        if len(values) < n or len(values) > most:
            if n == most:
                raise TypeError(name + '() takes a ' + str(n) + '-sequence (' + str(len(values)) + '-sequence given)')
            if len(values) < n:
                raise TypeError(name + '() takes an at least ' + str(n) + '-sequence (' + str(len(values)) + '-sequence given)')
            raise TypeError(name + '() takes an at most ' + str(most) + '-sequence (' + str(len(values)) + '-sequence given)')
        self = tuple.__new__(cls, values[:n])
        extras = {}
        for i in range(n, most):
            extras[cls._extra_fields[i - n]] = values[i] if i < len(values) else None
        if dict is not None:
            for field in cls._extra_fields:
                if field in dict:
                    extras[field] = dict[field]
        object.__setattr__(self, '_extras', extras)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __getattr__(self, name):
        extras = object.__getattribute__(self, '_extras')
        if name in extras:
            return extras[name]
        raise AttributeError("'" + type(self)._type_name + "' object has no attribute '" + name + "'")

    def __setattr__(self, name, value):
        cls = type(self)
        if name in cls._fields or name in cls._extra_fields:
            raise AttributeError('readonly attribute')
        raise AttributeError("'" + cls._type_name + "' object has no attribute '" + name + "'")

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __repr__(self):
        parts = []
        for i in range(len(self._fields)):
            parts.append(self._fields[i] + '=' + repr(tuple.__getitem__(self, i)))
        return self._type_name + '(' + ', '.join(parts) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self), dict(object.__getattribute__(self, '_extras'))))


def _readonly(self, value=None):
    raise AttributeError('readonly attribute')


def _field(index):
    return property(lambda self: tuple.__getitem__(self, index), _readonly, _readonly)


def _make_class(module, name, fields, extra_fields, no_new):
    namespace = {
        '_type_name': module + '.' + name,
        '_fields': fields,
        '_extra_fields': extra_fields,
        '_no_new': no_new,
        '__module__': module,
        'n_sequence_fields': len(fields),
        'n_fields': len(fields) + len(extra_fields),
        'n_unnamed_fields': 0,
    }
    for i in range(len(fields)):
        # A name that is also an extra field is that attribute (os.stat_result's float
        # st_mtime beside its int item 8).
        if fields[i] not in extra_fields:
            namespace[fields[i]] = _field(i)
    return type(name, (_StructSeq,), namespace)


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __repr__(self):
        parts = []
        for key in self.__dict__:
            parts.append(key + '=' + repr(self.__dict__[key]))
        return 'namespace(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

SimpleNamespace.__module__ = 'types'


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = [] if is_package else None
        self.loader_state = None
        self.cached = None
        self.has_location = origin is not None and not origin.startswith('<')

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        parts = ['name=' + repr(self.name), 'loader=' + repr(self.loader)]
        if self.origin is not None:
            parts.append('origin=' + repr(self.origin))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations=' + repr(self.submodule_search_locations))
        return 'ModuleSpec(' + ', '.join(parts) + ')'

ModuleSpec.__module__ = 'importlib.machinery'
"#;

/// A name defined by `STRUCT_SEQUENCE_SOURCE`, compiled once per interpreter and kept in
/// `sys.modules` under a private name (compiling it for every struct sequence made start-up
/// slow).
fn struct_sequence_helper(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = vm.intern("_gilt_structseq");
    if let Some(m) = dict_get_str(&vm.interp.modules, &key) {
        if let Some(d) = vm.module_dict(&m) {
            if let Some(helper) = dict_get_str(&d, &vm.intern(name)) {
                return Ok(helper);
            }
        }
    }
    let (module, namespace) = vm.new_module("_gilt_structseq");
    crate::stdlib::import::exec_module_source(
        vm,
        STRUCT_SEQUENCE_SOURCE,
        "<gilt:structseq>",
        &namespace,
    )?;
    crate::vm::dict_set_str(&vm.interp.modules, key, module);
    match dict_get_str(&namespace, &vm.intern(name)) {
        Some(helper) => Ok(helper),
        None => Err(vm.runtime_error("struct sequence helper was not defined")),
    }
}

/// Make a struct sequence class `module.name` with the given item fields and attribute-only
/// fields; call it with `(values_tuple)` or `(values_tuple, {attr: value})`.
pub fn struct_sequence_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
    extra_fields: &[&str],
) -> PyResult<Value> {
    make_struct_sequence_class(vm, module, name, fields, extra_fields, false)
}

/// A struct sequence class; a `sealed` one cannot be called (`sys.flags`), only filled once by
/// `struct_sequence_value`.
fn make_struct_sequence_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
    extra_fields: &[&str],
    sealed: bool,
) -> PyResult<Value> {
    let base = struct_sequence_helper(vm, "_make_class")?;
    let strs = |names: &[&str]| Value::tuple(names.iter().map(|f| Value::str(*f)).collect());
    vm.call(
        &base,
        vec![
            Value::str(module),
            Value::str(name),
            strs(fields),
            strs(extra_fields),
            Value::bool(sealed),
        ],
    )
}

/// A `ModuleSpec` (`__spec__`) for the module `-m` runs: its name, origin (path) and whether it
/// is a package's `__main__`.
pub fn module_spec(vm: &mut Vm, name: &str, origin: &str) -> PyResult<Value> {
    let class = struct_sequence_helper(vm, "ModuleSpec")?;
    let mut args = Args::new(vec![Value::str(name), Value::None]);
    args.kwargs.push((vm.intern("origin"), Value::str(origin)));
    vm.call_args(&class, args)
}

/// The instance of struct sequence class `class` holding `values` (sealed classes too).
fn struct_sequence_value(vm: &mut Vm, class: &Value, values: Vec<Value>) -> PyResult<Value> {
    let make = vm.intern("_make");
    let make = vm.getattr(class, &make)?;
    vm.call(&make, vec![Value::tuple(values)])
}

// ----- getrefcount, getsizeof ------------------------------------------------------------------

/// What CPython 3.12 reports for immortal objects; gilt's immediates (None, bools, ints, floats)
/// have no count at all.
const IMMEDIATE_REFCOUNT: i64 = 4294967295;

fn getrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getrefcount", 1, 1)?;
    Ok(match &args.args[0] {
        // The argument itself holds one handle, as in CPython.
        Value::Obj(o) => Value::from(crate::objects::ObjRef::strong_count(o)),
        _ => Value::Int(IMMEDIATE_REFCOUNT),
    })
}

/// CPython's `PyGC_Head` (two words) that `getsizeof` adds for objects the collector tracks, and
/// the two-word pre-header of 3.11's instances with managed dicts.
const GC_HEADER: i64 = 16;
const INSTANCE_PREHEADER: i64 = 16;

fn getsizeof(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let default_kw = args.take_kw("default");
    args.no_kwargs(vm, "getsizeof")?;
    args.check_count(vm, "getsizeof", 1, 2)?;
    let default = args.args.get(1).cloned().or(default_kw);
    let obj = args.args[0].clone();
    match object_size(vm, &obj) {
        Ok(n) => Ok(Value::Int(n)),
        Err(e) if default.is_some() && vm.err_matches(&e, "TypeError") => {
            Ok(default.unwrap_or(Value::None))
        }
        Err(e) => Err(e),
    }
}

/// What `object.__sizeof__` answers: the size `getsizeof` reports for a built-in object,
/// less the headers it adds.
pub fn size_without_headers(vm: &mut Vm, obj: &Value) -> PyResult<i64> {
    use crate::objects::Payload as P;
    let total = object_size(vm, obj)?;
    // CPython adds the collector's header for every object of a collected type, tracked or not.
    let headers = match obj.payload() {
        Some(P::Instance(i)) if crate::objects::ObjRef::ptr_eq(&i.class, &vm.types().object) => 0,
        Some(P::Instance(_)) => GC_HEADER + INSTANCE_PREHEADER,
        Some(
            P::Tuple(_)
            | P::List(_)
            | P::Dict(_)
            | P::Set(_)
            | P::FrozenSet(_)
            | P::Function(_)
            | P::Method(..)
            | P::Class(_)
            | P::Module(_)
            | P::Cell(_)
            | P::Generator(_)
            | P::Iterator(_)
            | P::Property(_)
            | P::StaticMethod(_)
            | P::ClassMethod(_)
            | P::Super(..)
            | P::Frame(_)
            | P::Traceback(..),
        ) => GC_HEADER,
        Some(P::Native(_, data)) if data.is_container() => GC_HEADER,
        _ => 0,
    };
    Ok((total - headers).max(0))
}

/// `obj.__sizeof__()` plus the headers CPython counts: a class's own `__sizeof__` is honoured,
/// built-in objects get CPython 3.11's sizes on a 64-bit machine.
fn object_size(vm: &mut Vm, obj: &Value) -> PyResult<i64> {
    use crate::objects::Payload as P;
    let name = vm.intern("__sizeof__");
    if let Some(f) = vm.lookup_special(obj, &name) {
        if !matches!(f.payload(), Some(P::BuiltinFunction(_))) {
            let r = vm.call_unbound(&f, vec![obj.clone()])?;
            let n = match r {
                Value::Int(n) => n,
                Value::Bool(b) => b.get() as i64,
                _ => return Err(vm.type_error("an integer is required")),
            };
            if n < 0 {
                return Err(vm.new_exception("ValueError", "__sizeof__() should return >= 0"));
            }
            let extra = match obj.payload() {
                Some(P::Instance(_)) => GC_HEADER + INSTANCE_PREHEADER,
                Some(_)
                    if obj
                        .as_obj()
                        .is_some_and(|o| crate::objects::ObjRef::header(o).is_tracked()) =>
                {
                    GC_HEADER
                }
                _ => 0,
            };
            return Ok(n + extra);
        }
    }
    let word = 8i64;
    Ok(match obj {
        Value::None => 16,
        Value::Bool(b) => 24 + 4 * b.get() as i64,
        Value::Int(0) => 24,
        Value::Int(i) => 24 + 4 * ((64 - i.unsigned_abs().leading_zeros() as i64) + 29) / 30,
        Value::Float(_) => 24,
        Value::Obj(o) => match &o.payload {
            P::BigInt(n) => 24 + 4 * ((n.bits() as i64) + 29) / 30,
            P::Complex(_) => 32,
            P::Str(s) => {
                let text = s.as_str();
                let widest = text.chars().map(|c| c as u32).max().unwrap_or(0);
                let n = text.chars().count() as i64;
                match widest {
                    0..=0x7f => 49 + n,
                    0x80..=0xff => 73 + n,
                    0x100..=0xffff => 74 + 2 * n,
                    _ => 76 + 4 * n,
                }
            }
            P::Bytes(b) => 33 + b.len() as i64,
            P::ByteArray(b) => 56 + b.alloc() as i64,
            P::MemoryView(m) => crate::objects::memoryview::size_of(m),
            P::Tuple(items) => 40 + word * items.len() as i64,
            P::List(items) => 56 + word * items.borrow().capacity() as i64,
            P::Dict(d) => dict_size(d.borrow().len()),
            P::Set(d) => set_size(d.borrow().len()),
            P::FrozenSet(d) => set_size(d.len()),
            P::Range(_) => 48,
            P::Function(_) => 152,
            P::Method(..) => 64,
            P::Class(_) => 1688,
            P::Instance(i) if crate::objects::ObjRef::ptr_eq(&i.class, &vm.types().object) => 16,
            P::Instance(_) => 56,
            P::Module(_) => 72,
            P::Cell(_) => 40,
            P::Generator(_) => 208,
            P::WeakRef(_) => 80,
            _ => 56,
        },
    })
}

/// CPython 3.11's dict: 64 bytes while empty, then its key table in powers of two.
fn dict_size(len: usize) -> i64 {
    if len == 0 {
        return 64;
    }
    let mut slots = 8usize;
    while slots * 2 / 3 < len {
        slots *= 2;
    }
    // The object, the index table (one byte a slot while small) and 24-byte entries for 2/3.
    48 + 32 + slots as i64 + 24 * (slots * 2 / 3) as i64
}

/// CPython's set: a 216-byte object with 8 inline slots, then a table of 16-byte entries.
fn set_size(len: usize) -> i64 {
    if len < 5 {
        return 216;
    }
    let mut slots = 8usize;
    while slots * 3 / 5 <= len {
        slots *= 4;
    }
    200 + 16 * slots as i64
}

// ----- the hooks: displayhook, excepthook, breakpointhook ---------------------------------------

/// The interpreter's path, as CPython's `sys.executable`.
pub fn executable() -> String {
    std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

/// What `PRINT_EXPR` does (the REPL, `compile(..., 'single')`): hand the value to
/// `sys.displayhook`, whatever the script made it.
pub fn display_value(vm: &mut Vm, value: Value) -> PyResult<()> {
    match vm.sys_attr("displayhook") {
        Some(hook) => {
            vm.call(&hook, vec![value])?;
            Ok(())
        }
        None => Err(vm.runtime_error("lost sys.displayhook")),
    }
}

/// `sys.displayhook(value)`: print `repr(value)` to `sys.stdout` and keep it in `builtins._`;
/// None prints nothing and leaves `_` alone.
fn displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "sys.displayhook")?;
    args.check_count(vm, "sys.displayhook", 1, 1)?;
    let value = args.args[0].clone();
    if value.is_none() {
        return Ok(Value::None);
    }
    let underscore = vm.intern("_");
    // `_` is None while repr runs, so a repr that prints `_` does not see a stale value.
    dict_set_str(&vm.interp.builtins, underscore.clone(), Value::None);
    let text = vm.repr(&value)?;
    let Some(stdout) = vm.sys_attr("stdout").filter(|s| !s.is_none()) else {
        return Err(vm.runtime_error("lost sys.stdout"));
    };
    // Two writes, as CPython's: the repr, then the newline.
    crate::stdlib::io::write_to(vm, &stdout, &text, false)?;
    crate::stdlib::io::write_to(vm, &stdout, "\n", false)?;
    dict_set_str(&vm.interp.builtins, underscore, value);
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: print the exception and its chain on stderr.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "excepthook")?;
    args.check_count(vm, "excepthook", 3, 3)?;
    let value = &args.args[1];
    let base = vm.types().base_exception.clone();
    match value.as_obj() {
        Some(exc) if vm.isinstance(value, &base) => {
            let text = vm.format_exception(exc);
            crate::stdlib::io::write_stderr(&text);
        }
        _ => {
            let text = format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n",
                vm.type_name(value)
            );
            crate::stdlib::io::write_stderr(&text);
        }
    }
    Ok(Value::None)
}

/// Report an exception that ended the program (or a REPL statement) through `sys.excepthook`,
/// as CPython's `PyErr_Print`: the default hook prints the traceback; a hook the script installed
/// is called with `(type, value, traceback)`, and if it fails both tracebacks are printed.
pub fn print_uncaught(vm: &mut Vm, err: &crate::objects::PyErr) {
    let exc = Value::Obj(err.0.clone());
    // As PyErr_Print: the exception stays reachable for a post-mortem (`sys.last_value`).
    if let Some(dict) = vm.sys_module.clone().and_then(|m| vm.module_dict(&m)) {
        let exc_type = Value::Obj(vm.type_of(&exc));
        let traceback = crate::objects::exception::traceback_object(&exc);
        dict_set_str(&dict, vm.intern("last_type"), exc_type);
        dict_set_str(&dict, vm.intern("last_value"), exc.clone());
        dict_set_str(&dict, vm.intern("last_traceback"), traceback);
    }
    let hook = vm.sys_attr("excepthook");
    let is_default = |hook: &Value| {
        matches!(hook.payload(), Some(crate::objects::Payload::BuiltinFunction(f))
            if f.owner == "sys" && f.name == "excepthook")
    };
    match hook {
        Some(hook) if !is_default(&hook) => {
            let exc_type = Value::Obj(vm.type_of(&exc));
            let traceback = crate::objects::exception::traceback_object(&exc);
            if let Err(hook_error) = vm.call(&hook, vec![exc_type, exc, traceback]) {
                let hook_text = vm.format_exception(&hook_error.0);
                let original = vm.format_exception(&err.0);
                crate::stdlib::io::write_stderr(&format!(
                    "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
                    hook_text, original
                ));
            }
        }
        Some(_) => {
            let text = vm.format_exception(&err.0);
            crate::stdlib::io::write_stderr(&text);
        }
        None => {
            let text = vm.format_exception(&err.0);
            crate::stdlib::io::write_stderr(&format!("sys.excepthook is missing\n{}", text));
        }
    }
}

/// `sys.breakpointhook(*args, **kws)`, as CPython's: `$PYTHONBREAKPOINT` names the callable
/// (default `pdb.set_trace`), `0` disables it, and one that cannot be imported is ignored with
/// a RuntimeWarning. gilt has no `pdb`, so by default that warning is what `breakpoint()` does.
fn breakpointhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let setting = if crate::cli::config().flags.ignore_environment > 0 {
        None
    } else {
        environment_variable(vm, "PYTHONBREAKPOINT")
    };
    let name = match setting.as_deref() {
        Some("0") => return Ok(Value::None),
        Some(name) if !name.is_empty() => name.to_string(),
        _ => "pdb.set_trace".to_string(),
    };
    let (module_name, attribute) = match name.rsplit_once('.') {
        Some((module, attribute)) => (module.to_string(), attribute.to_string()),
        None => ("builtins".to_string(), name.clone()),
    };
    let globals = vm.interp.builtins.clone();
    let fromlist = Value::tuple(vec![Value::str(attribute.clone())]);
    let found = crate::stdlib::import::import_name(vm, &module_name, &globals, &fromlist, 0)
        .and_then(|module| {
            let key = vm.intern(&attribute);
            vm.getattr(&module, &key)
        });
    match found {
        Ok(hook) => vm.call_args(&hook, args),
        Err(e) if vm.err_matches(&e, "ImportError") || vm.err_matches(&e, "AttributeError") => {
            let message = format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{}\"", name);
            warn(vm, "RuntimeWarning", &message)?;
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// An environment variable as the script sees it: `os.environ` once `os` is imported (a
/// script may have changed it), else the process's.
fn environment_variable(vm: &mut Vm, name: &str) -> Option<String> {
    let key = vm.intern("os");
    if let Some(os) = dict_get_str(&vm.interp.modules, &key) {
        let environ = vm.intern("environ");
        if let Ok(environ) = vm.getattr(&os, &environ) {
            let found = vm.call_method(&environ, "get", vec![Value::str(name)]);
            return found.ok().and_then(|v| v.as_str().map(String::from));
        }
    }
    std::env::var(name).ok()
}

/// One `-W` option (`action:message:category:module:lineno`), checked as `warnings._setoption`
/// checks it: the error is the text of CPython's "Invalid -W option ignored" line.
struct WarningFilter {
    action: &'static str,
    message: String,
    category: crate::objects::ObjRef,
    module: String,
    lineno: u32,
}

fn parse_warning_option(vm: &mut Vm, option: &str) -> Result<WarningFilter, String> {
    let mut parts: Vec<&str> = option.split(':').collect();
    if parts.len() > 5 {
        return Err(format!(
            "too many fields (max 5): {}",
            crate::objects::str::repr(option)
        ));
    }
    parts.resize(5, "");
    let parts: Vec<&str> = parts.iter().map(|p| p.trim()).collect();
    let action = match parts[0] {
        "" => "default",
        "all" => "always",
        wanted => ["default", "always", "ignore", "module", "once", "error"]
            .into_iter()
            .find(|a| a.starts_with(wanted))
            .ok_or_else(|| format!("invalid action: {}", crate::objects::str::repr(wanted)))?,
    };
    let category_name = parts[2];
    let warning = vm.types().exception("Warning");
    let category = if category_name.is_empty() {
        warning.clone()
    } else {
        let (module, class) = match category_name.rsplit_once('.') {
            Some((module, class)) => (module, class),
            None => ("builtins", category_name),
        };
        let globals = vm.interp.builtins.clone();
        let fromlist = Value::tuple(vec![Value::str(class)]);
        let found = crate::stdlib::import::import_name(vm, module, &globals, &fromlist, 0)
            .map_err(|_| format!("invalid module name: {}", crate::objects::str::repr(module)))?;
        let key = vm.intern(class);
        let unknown = || {
            format!(
                "unknown warning category: {}",
                crate::objects::str::repr(category_name)
            )
        };
        let class = vm.getattr(&found, &key).map_err(|_| unknown())?;
        match class.as_obj() {
            Some(c)
                if matches!(c.payload, crate::objects::Payload::Class(_))
                    && crate::objects::class::is_subclass(c, &warning) =>
            {
                c.clone()
            }
            _ => {
                return Err(format!(
                    "invalid warning category: {}",
                    crate::objects::str::repr(category_name)
                ))
            }
        }
    };
    let lineno = match parts[4] {
        "" => 0,
        text => match text.parse::<i64>() {
            Ok(n) if n >= 0 => n.min(u32::MAX as i64) as u32,
            Ok(n) => return Err(format!("invalid lineno {}", n)),
            Err(_) => {
                return Err(format!(
                    "invalid lineno {}",
                    crate::objects::str::repr(text)
                ))
            }
        },
    };
    Ok(WarningFilter {
        action,
        message: parts[1].to_lowercase(),
        category,
        module: parts[3].to_string(),
        lineno,
    })
}

/// At start-up, as the `warnings` module does when it reads `sys.warnoptions`: report each
/// option it would ignore.
pub fn check_warning_options(vm: &mut Vm) {
    for option in &crate::cli::config().warnoptions {
        if let Err(message) = parse_warning_option(vm, option) {
            write_stderr_line(&format!("Invalid -W option ignored: {}", message));
        }
    }
}

fn write_stderr_line(text: &str) {
    crate::stdlib::io::write_stderr(&format!("{}\n", text));
}

/// Issue a warning of the built-in `category` from the running Python code, as `warnings.warn`
/// shows it (`file:line: Category: message` and the source line) on stderr. gilt has no
/// `warnings` module: the `-W` options are applied here (the last one that matches decides;
/// `error` raises the warning, `ignore` drops it).
pub fn warn(vm: &mut Vm, category: &str, message: &str) -> PyResult<()> {
    let category_class = vm.types().exception(category);
    let (filename, line, module) = match vm.caller_frame() {
        Some(frame) => {
            let module = dict_get_str(&frame.globals, &vm.names().__name__.clone())
                .and_then(|m| m.as_str().map(String::from))
                .unwrap_or_default();
            (
                frame.code.filename.to_string(),
                frame.current_line(),
                module,
            )
        }
        None => ("sys".to_string(), 1, String::new()),
    };
    let mut action = "default";
    for option in &crate::cli::config().warnoptions {
        let Ok(filter) = parse_warning_option(vm, option) else {
            continue;
        };
        let matches = crate::objects::class::is_subclass(&category_class, &filter.category)
            && message.to_lowercase().starts_with(&filter.message)
            && (filter.module.is_empty() || filter.module == module)
            && (filter.lineno == 0 || filter.lineno == line);
        if matches {
            action = filter.action;
        }
    }
    match action {
        "ignore" => return Ok(()),
        "error" => return Err(vm.new_exception(category, message)),
        _ => {}
    }
    let mut text = format!("{}:{}: {}: {}\n", filename, line, category, message);
    if let Some(source) = vm.source_line(&filename, line) {
        text.push_str(&format!("  {}\n", source.trim()));
    }
    crate::stdlib::io::write_stderr(&text);
    Ok(())
}

// ----- unraisable exceptions -------------------------------------------------------------------

/// `sys.unraisablehook`'s default: "Exception ignored in: <object>" and the traceback on stderr.
fn unraisablehook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "unraisablehook", 1, 1)?;
    let info = args.args[0].clone();
    let get = |vm: &mut Vm, name: &str| {
        let n = vm.intern(name);
        vm.getattr(&info, &n)
    };
    let object = get(vm, "object")?;
    let err_msg = get(vm, "err_msg")?;
    let exc = get(vm, "exc_value")?;
    let head = match err_msg.as_str() {
        Some(m) => m.to_string(),
        None => "Exception ignored in".to_string(),
    };
    let mut text = if object.is_none() {
        format!("{}:\n", head)
    } else {
        format!("{}: {}\n", head, vm.repr(&object)?)
    };
    if let Some(e) = exc.as_obj() {
        text.push_str(&vm.format_exception(e));
    }
    crate::stdlib::io::write_stderr(&text);
    Ok(Value::None)
}

/// Report an exception nothing can catch (raised by `__del__`, a weak reference callback, a
/// `gc.callbacks` function) through `sys.unraisablehook`, as CPython's `PyErr_WriteUnraisable`.
pub fn write_unraisable(vm: &mut Vm, object: &Value, err: &crate::objects::PyErr) {
    let sys = vm.sys_module.clone();
    let dict = sys.as_ref().and_then(|m| vm.module_dict(m));
    let hook = dict
        .as_ref()
        .and_then(|d| dict_get_str(d, &vm.intern("unraisablehook")));
    let args_class = dict
        .as_ref()
        .and_then(|d| dict_get_str(d, &vm.intern("UnraisableHookArgs")));
    let (Some(hook), Some(Value::Obj(args_class))) = (hook, args_class) else {
        let text = vm.format_exception(&err.0);
        let what = vm.repr(object).unwrap_or_default();
        crate::stdlib::io::write_stderr(&format!("Exception ignored in: {}\n{}", what, text));
        return;
    };
    let exc = Value::Obj(err.0.clone());
    let exc_type = Value::Obj(vm.type_of(&exc));
    let traceback_name = vm.intern("__traceback__");
    let traceback = vm.getattr(&exc, &traceback_name).unwrap_or(Value::None);
    let info = Value::obj(crate::objects::Payload::Instance(
        crate::objects::class::Instance::new(args_class, None),
    ));
    if let Some(d) = crate::vm::attr::instance_dict(&info) {
        let mut d = d.borrow_mut();
        d.set_str(vm.intern("exc_type"), exc_type);
        d.set_str(vm.intern("exc_value"), exc);
        d.set_str(vm.intern("exc_traceback"), traceback);
        d.set_str(vm.intern("err_msg"), Value::None);
        d.set_str(vm.intern("object"), object.clone());
    }
    if let Err(e) = vm.call(&hook, vec![info]) {
        let text = vm.format_exception(&e.0);
        crate::stdlib::io::write_stderr(&format!(
            "Exception ignored in sys.unraisablehook: {}\n{}",
            vm.repr(&hook).unwrap_or_default(),
            text
        ));
    }
}
