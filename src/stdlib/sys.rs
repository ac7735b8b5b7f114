//! `sys`: the interpreter's own state as Python sees it (argv, path, modules, the standard
//! streams, the recursion limit, exit).

use crate::objects::{Args, PyResult, Value};
use crate::vm::{dict_get_str, dict_set_str, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    if let Some(m) = vm.sys_module.clone() {
        return Ok(m);
    }
    let (m, d) = vm.new_module("sys");
    let argv: Vec<Value> = vm
        .interp
        .argv
        .borrow()
        .iter()
        .map(|a| Value::str(a.clone()))
        .collect();
    let path: Vec<Value> = vm
        .interp
        .path
        .borrow()
        .iter()
        .map(|p| Value::str(p.clone()))
        .collect();
    let set = |vm: &Vm, name: &str, v: Value| dict_set_str(&d, vm.intern(name), v);
    set(vm, "argv", Value::list(argv));
    set(vm, "path", Value::list(path));
    set(vm, "modules", Value::Obj(vm.interp.modules.clone()));
    set(vm, "stdout", crate::stdlib::io::std_stream("stdout"));
    set(vm, "stderr", crate::stdlib::io::std_stream("stderr"));
    set(vm, "stdin", crate::stdlib::io::std_stream("stdin"));
    set(vm, "__stdout__", crate::stdlib::io::std_stream("stdout"));
    set(vm, "__stderr__", crate::stdlib::io::std_stream("stderr"));
    set(
        vm,
        "version",
        Value::str(format!("3.11.7 (gilt {})", env!("CARGO_PKG_VERSION"))),
    );
    set(
        vm,
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    set(vm, "hexversion", Value::Int(0x030b07f0));
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
    set(
        vm,
        "executable",
        Value::str(
            std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    set(vm, "implementation_name", Value::str("gilt"));
    set(
        vm,
        "builtin_module_names",
        Value::tuple(vec![Value::str("builtins"), Value::str("sys")]),
    );
    set(vm, "float_info_max", Value::float(f64::MAX));
    set(vm, "maxunicode", Value::Int(0x10ffff));
    set(vm, "float_repr_style", Value::str("short"));
    add_struct_sequences(vm, &d)?;
    vm.add_function(&d, "sys", "exit", exit);
    vm.add_function(&d, "sys", "getrecursionlimit", getrecursionlimit);
    vm.add_function(&d, "sys", "getrefcount", getrefcount);
    vm.add_function(&d, "sys", "unraisablehook", unraisablehook);
    let hook = dict_get_str(&d, &vm.intern("unraisablehook")).unwrap_or(Value::None);
    dict_set_str(&d, vm.intern("__unraisablehook__"), hook);
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
    args.check_count(vm, "exc_info", 0, 0)?;
    let h = vm.handled.clone();
    if h.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&h));
    let tb = crate::objects::exception::traceback_object(&h);
    Ok(Value::tuple(vec![t, h, tb]))
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "exception", 0, 0)?;
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
/// The switch interval as `sys.getswitchinterval()` reports it, in seconds: the GIL keeps it.
pub fn switch_interval_seconds() -> f64 {
    crate::runtime::gil().switch_interval().as_secs_f64()
}

/// Set the switch interval (seconds, already checked to be positive; `--switch-interval` and
/// `sys.setswitchinterval` both come here).
pub fn set_switch_interval_seconds(seconds: f64) {
    let interval = std::time::Duration::from_secs_f64(seconds.min(1e9));
    crate::runtime::gil().set_switch_interval(interval);
}

fn getswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getswitchinterval", 0, 0)?;
    Ok(Value::float(switch_interval_seconds()))
}

fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "setswitchinterval")?;
    args.check_count(vm, "setswitchinterval", 1, 1)?;
    let seconds = crate::objects::float::to_f64(vm, &args.args[0])?;
    if seconds.is_nan() || seconds <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    set_switch_interval_seconds(seconds);
    Ok(Value::None)
}

// ----- struct sequences -------------------------------------------------------------------------

/// `sys.version_info`, `sys.float_info`, `sys.int_info`: struct sequences, as in CPython.
fn add_struct_sequences(vm: &mut Vm, d: &crate::objects::ObjRef) -> PyResult<()> {
    let version = struct_sequence_class(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        &[],
    )?;
    let version_info = vm.call(
        &version,
        vec![Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ])],
    )?;
    dict_set_str(d, vm.intern("version_info"), version_info);
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
    let float_info = vm.call(&float_class, vec![Value::tuple(float_values)])?;
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
    let int_info = vm.call(&int_class, vec![Value::tuple(int_values)])?;
    dict_set_str(d, vm.intern("int_info"), int_info);
    Ok(())
}

/// The base class of struct sequences (`time.struct_time`, `os.stat_result`, `sys.version_info`):
/// a read-mostly tuple look-alike whose first `_fields` are items and attributes, and whose
/// `_extra_fields` are attributes only. Written without `%` formatting, which gilt lacks so far.
const STRUCT_SEQUENCE_SOURCE: &str = r#"
class _StructSeq:
    _type_name = ''
    _fields = ()
    _extra_fields = ()

    def __init__(self, sequence, extra=None):
        values = tuple(sequence)
        n = len(self._fields)
        most = n + len(self._extra_fields)
        if len(values) < n:
            if n == most:
                raise TypeError(self._type_name + '() takes a ' + str(n) + '-sequence (' + str(len(values)) + '-sequence given)')
            raise TypeError(self._type_name + '() takes an at least ' + str(n) + '-sequence (' + str(len(values)) + '-sequence given)')
        if len(values) > most:
            if n == most:
                raise TypeError(self._type_name + '() takes a ' + str(n) + '-sequence (' + str(len(values)) + '-sequence given)')
            raise TypeError(self._type_name + '() takes an at most ' + str(most) + '-sequence (' + str(len(values)) + '-sequence given)')
        self._values = values[:n]
        names = self._fields + self._extra_fields
        for i in range(most):
            setattr(self, names[i], values[i] if i < len(values) else None)
        if extra is not None:
            for name in extra:
                setattr(self, name, extra[name])

    def __repr__(self):
        parts = []
        for i in range(len(self._values)):
            parts.append(self._fields[i] + '=' + repr(self._values[i]))
        return self._type_name + '(' + ', '.join(parts) + ')'

    def __len__(self):
        return len(self._values)

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, item):
        return item in self._values

    def __hash__(self):
        return hash(self._values)

    def __eq__(self, other):
        return self._values == _StructSeq._tuple_of(other)

    def __ne__(self, other):
        return self._values != _StructSeq._tuple_of(other)

    def __lt__(self, other):
        return self._values < _StructSeq._tuple_of(other)

    def __le__(self, other):
        return self._values <= _StructSeq._tuple_of(other)

    def __gt__(self, other):
        return self._values > _StructSeq._tuple_of(other)

    def __ge__(self, other):
        return self._values >= _StructSeq._tuple_of(other)

    def __add__(self, other):
        return self._values + _StructSeq._tuple_of(other)

    def count(self, value):
        return self._values.count(value)

    def index(self, value):
        return self._values.index(value)

    @staticmethod
    def _tuple_of(other):
        if isinstance(other, _StructSeq):
            return other._values
        return other
"#;

/// The `_StructSeq` base class, compiled once per interpreter and kept in `sys.modules`
/// under a private name (compiling it for every struct sequence made start-up slow).
fn struct_sequence_base(vm: &mut Vm) -> PyResult<Value> {
    let key = vm.intern("_gilt_structseq");
    if let Some(m) = dict_get_str(&vm.interp.modules, &key) {
        if let Some(d) = vm.module_dict(&m) {
            if let Some(base) = dict_get_str(&d, &vm.intern("_StructSeq")) {
                return Ok(base);
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
    match dict_get_str(&namespace, &vm.intern("_StructSeq")) {
        Some(base) => Ok(base),
        None => Err(vm.runtime_error("struct sequence base was not defined")),
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
    let base = struct_sequence_base(vm)?;
    let mut ns = crate::objects::Dict::new();
    let strs = |names: &[&str]| Value::tuple(names.iter().map(|f| Value::str(*f)).collect());
    ns.set_str(
        vm.intern("_type_name"),
        Value::str(format!("{}.{}", module, name)),
    );
    ns.set_str(vm.intern("_fields"), strs(fields));
    ns.set_str(vm.intern("_extra_fields"), strs(extra_fields));
    ns.set_str(vm.names().__module__.clone(), Value::str(module));
    let type_ = Value::Obj(vm.types().type_.clone());
    vm.call(
        &type_,
        vec![Value::str(name), Value::tuple(vec![base]), Value::dict(ns)],
    )
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
