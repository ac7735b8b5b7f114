//! `sys`: the interpreter's own state as Python sees it (argv, path, modules, the standard
//! streams, the recursion limit, exit).

use crate::objects::{Args, Payload, PyResult, Value};
use crate::vm::{dict_set_str, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    if let Some(m) = vm.sys_module.clone() {
        return Ok(m);
    }
    let (m, d) = vm.new_module("sys");
    let argv: Vec<Value> = vm.interp.argv.borrow().iter().map(|a| Value::str(a.clone())).collect();
    let path: Vec<Value> = vm.interp.path.borrow().iter().map(|p| Value::str(p.clone())).collect();
    let set = |vm: &Vm, name: &str, v: Value| dict_set_str(&d, vm.intern(name), v);
    set(vm, "argv", Value::list(argv));
    set(vm, "path", Value::list(path));
    set(vm, "modules", Value::Obj(vm.interp.modules.clone()));
    set(vm, "stdout", crate::stdlib::io::std_stream("stdout"));
    set(vm, "stderr", crate::stdlib::io::std_stream("stderr"));
    set(vm, "stdin", crate::stdlib::io::std_stream("stdin"));
    set(vm, "__stdout__", crate::stdlib::io::std_stream("stdout"));
    set(vm, "__stderr__", crate::stdlib::io::std_stream("stderr"));
    set(vm, "version", Value::str(format!("3.11.7 (gilt {})", env!("CARGO_PKG_VERSION"))));
    set(vm, "version_info", Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)]));
    set(vm, "hexversion", Value::Int(0x030b07f0));
    set(vm, "platform", Value::str(std::env::consts::OS));
    set(vm, "byteorder", Value::str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set(vm, "maxsize", Value::Int(i64::MAX));
    set(vm, "executable", Value::str(std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default()));
    set(vm, "implementation_name", Value::str("gilt"));
    set(vm, "builtin_module_names", Value::tuple(vec![Value::str("builtins"), Value::str("sys")]));
    set(vm, "float_info_max", Value::Float(f64::MAX));
    vm.add_function(&d, "sys", "exit", exit);
    vm.add_function(&d, "sys", "getrecursionlimit", getrecursionlimit);
    vm.add_function(&d, "sys", "setrecursionlimit", setrecursionlimit);
    vm.add_function(&d, "sys", "exc_info", exc_info);
    vm.add_function(&d, "sys", "exception", exception);
    vm.add_function(&d, "sys", "getdefaultencoding", getdefaultencoding);
    vm.add_function(&d, "sys", "intern", intern);
    vm.sys_module = Some(m.clone());
    Ok(m)
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
            let msg = format!("'{}' object cannot be interpreted as an integer", vm.type_name(v));
            return Err(vm.type_error(msg));
        }
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        let msg = format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, vm.depth);
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
    Ok(Value::tuple(vec![t, h, Value::None]))
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
        Value::Bool(b) => b as i32,
        other => {
            let s = vm.str(&other).unwrap_or_default();
            crate::stdlib::io::write_stderr(&format!("{}\n", s));
            1
        }
    }
}

pub fn is_payload_module(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Module(_)))
}
