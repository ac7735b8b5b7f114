//! `compile()`, `exec()` and `eval()`: source text or a code object run in given (or the
//! caller's) namespaces, with CPython 3.11's argument rules and messages. `compile(...,
//! 'single')` makes code whose expression statements go to `sys.displayhook`, as the REPL's.

use crate::objects::{Args, Payload, PyResult, Value};
use crate::vm::{dict_get_str, dict_set_str, Vm};

use super::caller_locals;

fn eval_or_exec(
    vm: &mut Vm,
    mut args: Args,
    mode: crate::compile::Mode,
    name: &str,
) -> PyResult<Value> {
    let is_eval = mode == crate::compile::Mode::Eval;
    if is_eval {
        args.no_kwargs(vm, "eval")?;
        args.check_count(vm, "eval", 1, 3)?;
    } else {
        // exec's `closure` (3.11) is for code objects with free variables, which gilt's
        // `compile` never makes: None is all it can be.
        if let Some(closure) = args.take_kw("closure") {
            if !closure.is_none() {
                return Err(vm.type_error("cannot use a closure with this code object"));
            }
        }
        if let Some((key, _)) = args.kwargs.first() {
            let key = key.as_str().unwrap_or("").to_string();
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for exec()",
                key
            )));
        }
        if args.args.is_empty() {
            return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
        }
        if args.args.len() > 3 {
            return Err(vm.type_error(format!(
                "exec() takes at most 3 positional arguments ({} given)",
                args.args.len()
            )));
        }
    }
    let given_globals = args.args.get(1).filter(|g| !g.is_none()).cloned();
    let given_locals = args.args.get(2).filter(|l| !l.is_none()).cloned();
    // The namespaces: the given dicts, else the caller's globals and locals.
    let globals = match &given_globals {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        Some(g) => {
            let message = if !is_eval {
                format!("exec() globals must be a dict, not {}", vm.type_name(g))
            } else if is_mapping(vm, g) {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                "globals must be a dict".to_string()
            };
            return Err(vm.type_error(message));
        }
        None => vm
            .caller_frame()
            .map(|f| f.globals.clone())
            .unwrap_or_else(|| vm.interp.builtins.clone()),
    };
    if let Some(l) = &given_locals {
        if !is_mapping(vm, l) {
            let message = if is_eval {
                "locals must be a mapping".to_string()
            } else {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            };
            return Err(vm.type_error(message));
        }
    }
    let locals = match given_locals {
        Some(Value::Obj(l)) => Some(l),
        Some(_) => None,
        None => match &given_globals {
            Some(_) => Some(globals.clone()),
            None => match caller_locals(vm) {
                Value::Obj(o) => Some(o),
                _ => None,
            },
        },
    };
    // As CPython: globals without `__builtins__` get the builtins namespace.
    let builtins_key = vm.intern("__builtins__");
    if dict_get_str(&globals, &builtins_key).is_none() {
        dict_set_str(
            &globals,
            builtins_key,
            Value::Obj(vm.interp.builtins.clone()),
        );
    }
    let code = match args.args[0].payload() {
        Some(Payload::Code(c)) => c.clone(),
        Some(Payload::Str(_))
        | Some(Payload::Bytes(_))
        | Some(Payload::ByteArray(_))
        | Some(Payload::MemoryView(_)) => {
            let source = match args.args[0].payload() {
                Some(Payload::Str(s)) => s.as_str().to_string(),
                _ => match crate::objects::buffer::bytes_like(vm, &args.args[0])? {
                    Some(b) => String::from_utf8_lossy(&b).into_owned(),
                    None => String::new(),
                },
            };
            // eval() of a string ignores leading spaces and tabs, as CPython's does.
            let source = if is_eval {
                source.trim_start_matches([' ', '\t']).to_string()
            } else {
                source
            };
            crate::stdlib::import::compile_source(vm, &source, "<string>", mode)?
        }
        _ => {
            let msg = format!("{}() arg 1 must be a string, bytes or code object", name);
            return Err(vm.type_error(msg));
        }
    };
    let frame = vm.new_frame(code, globals, locals);
    let r = vm.run_frame(frame)?;
    Ok(if is_eval { r } else { Value::None })
}

/// Whether `v` can be a namespace: a dict, or anything with `__getitem__` (CPython's
/// `PyMapping_Check`).
fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    if matches!(v.payload(), Some(Payload::Dict(_))) {
        return true;
    }
    let getitem = vm.names().__getitem__.clone();
    vm.lookup_special(v, &getitem).is_some()
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: a code object
/// for `exec` or `eval` ('single' echoes expression statements through `sys.displayhook`).
pub fn compile(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    if args.args.len() > NAMES.len() {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            args.args.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = args.args.iter().cloned().map(Some).collect();
    slots.resize(NAMES.len(), None);
    for (index, name) in NAMES.iter().enumerate() {
        if let Some(v) = args.take_kw(name) {
            if slots[index].is_some() {
                return Err(vm.type_error(format!(
                    "argument for compile() given by name ('{}') and position ({})",
                    name,
                    index + 1
                )));
            }
            slots[index] = Some(v);
        }
    }
    let _ = args.take_kw("_feature_version");
    if let Some((key, _)) = args.kwargs.first() {
        let key = key.as_str().unwrap_or("").to_string();
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for compile()",
            key
        )));
    }
    for (index, name) in NAMES.iter().enumerate().take(3) {
        if slots[index].is_none() {
            return Err(vm.type_error(format!(
                "compile() missing required argument '{}' (pos {})",
                name,
                index + 1
            )));
        }
    }
    let source = slots[0].take().unwrap_or(Value::None);
    let filename = slots[1].take().unwrap_or(Value::None);
    let mode = slots[2].take().unwrap_or(Value::None);
    let text = match source.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let filename = match filename.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            let fspath = vm.intern("__fspath__");
            match vm.lookup_special(&filename, &fspath) {
                Some(method) => {
                    let path = vm.call_unbound(&method, vec![filename.clone()])?;
                    vm.str(&path)?
                }
                None => {
                    let message = format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        vm.type_name(&filename)
                    );
                    return Err(vm.type_error(message));
                }
            }
        }
    };
    let flags = match slots[3].take() {
        Some(v) => vm.to_index(&v)?,
        None => 0,
    };
    // The future-feature and parser flags CPython knows (PyCF_MASK and the PyCF_ values); gilt
    // accepts them but has no AST objects to return for PyCF_ONLY_AST.
    const KNOWN_FLAGS: i64 = 0x3fe000 | 0x0100 | 0x0200 | 0x0400 | 0x0800 | 0x1000 | 0x4000;
    if flags & !KNOWN_FLAGS != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if flags & 0x0400 != 0 {
        return Err(vm.value_error("compile(): gilt has no ast module (PyCF_ONLY_AST)"));
    }
    let optimize = match slots[5].take() {
        Some(v) => vm.to_index(&v)?,
        None => -1,
    };
    let optimize = match optimize {
        -1 => crate::cli::config().flags.optimize,
        0..=2 => optimize as u32,
        _ => return Err(vm.value_error("compile(): invalid optimize value")),
    };
    let mode = match mode.as_str() {
        Some("exec") => crate::compile::Mode::Exec,
        Some("eval") => crate::compile::Mode::Eval,
        Some("single") => crate::compile::Mode::Interactive,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code =
        crate::stdlib::import::compile_source_optimized(vm, &text, &filename, mode, optimize)?;
    Ok(Value::obj(Payload::Code(code)))
}

pub fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    eval_or_exec(vm, args, crate::compile::Mode::Eval, "eval")
}

pub fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    eval_or_exec(vm, args, crate::compile::Mode::Exec, "exec")
}
