//! `import`: built-in modules (made by Rust functions, or gilt source embedded in the binary) and
//! `.py` files found on `sys.path`. A module is put in `sys.modules` before its body runs, so
//! circular imports see the partly initialised module, as in CPython.

use std::rc::Rc;

use crate::compile::Mode;
use crate::objects::{ObjRef, Payload, PyResult, Value};
use crate::vm::frame::CodeObj;
use crate::vm::{dict_get_str, dict_set_str, Vm};

/// Parse and compile source text into a runtime code object, remembering the text for tracebacks.
pub fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<Rc<CodeObj>> {
    let optimize = crate::cli::config().flags.optimize;
    compile_source_optimized(vm, source, filename, mode, optimize)
}

/// `compile_source` at an optimization level (`compile(..., optimize=N)`; -O's by default).
pub fn compile_source_optimized(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> PyResult<Rc<CodeObj>> {
    if source.contains('\0') {
        return Err(vm.new_exception(
            "SyntaxError",
            "source code string cannot contain null bytes",
        ));
    }
    vm.interp
        .sources
        .borrow_mut()
        .insert(filename.to_string(), Rc::from(source));
    let module = match crate::syntax::parse(source, filename) {
        Ok(m) => m,
        Err(e) => return Err(vm.syntax_error(&e)),
    };
    if mode == Mode::Interactive {
        if let Some(e) = single_statement_error(&module, source, filename) {
            return Err(vm.syntax_error(&e));
        }
    }
    if mode == Mode::Eval && module.body.is_empty() {
        // Nothing to evaluate: CPython reports line 0, before any token.
        let e = crate::syntax::SyntaxError {
            kind: crate::syntax::SyntaxErrorKind::SyntaxError,
            msg: "invalid syntax".into(),
            filename: filename.into(),
            line: 0,
            col: 0,
            end_col: 0,
            text: String::new(),
            incomplete: false,
        };
        return Err(vm.syntax_error(&e));
    }
    let code = match crate::compile::compile_optimized(&module, filename, mode, optimize) {
        Ok(c) => c,
        Err(mut e) => {
            if e.text.is_empty() {
                e.text = source
                    .lines()
                    .nth(e.line.saturating_sub(1) as usize)
                    .unwrap_or("")
                    .to_string();
            }
            return Err(vm.syntax_error(&e));
        }
    };
    Ok(CodeObj::load(vm, code))
}

/// `compile(..., 'single')` takes one statement (a line of `;`-separated simple statements is
/// one): a second one is CPython's "multiple statements" error at the end of the first, or
/// "invalid syntax" at a statement after a compound one.
fn single_statement_error(
    module: &crate::syntax::ast::Module,
    source: &str,
    filename: &str,
) -> Option<crate::syntax::SyntaxError> {
    use crate::syntax::ast::StmtKind;
    let first = module.body.first()?;
    let second = module
        .body
        .iter()
        .skip(1)
        .find(|s| s.pos.line > first.end.line)?;
    let compound = matches!(
        first.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
    );
    let line_text = |line: u32| {
        source
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("")
            .to_string()
    };
    let (msg, line, col) = if compound {
        ("invalid syntax", second.pos.line, second.pos.col + 1)
    } else {
        (
            "multiple statements found while compiling a single statement",
            first.end.line,
            first.end.col + 1,
        )
    };
    Some(crate::syntax::SyntaxError {
        kind: crate::syntax::SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        filename: filename.into(),
        line,
        col,
        end_col: col,
        text: line_text(line),
        incomplete: false,
    })
}

/// Run source as the body of module `name`, in `dict`.
pub fn exec_module_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    dict: &ObjRef,
) -> PyResult<()> {
    let code = compile_source(vm, source, filename, Mode::Exec)?;
    let frame = vm.new_frame(code, dict.clone(), Some(dict.clone()));
    vm.run_frame(frame)?;
    Ok(())
}

fn modules(vm: &Vm) -> &ObjRef {
    &vm.interp.modules
}

/// The absolute name for a relative import from the module whose globals are `globals`.
fn resolve_name(vm: &mut Vm, name: &str, globals: &ObjRef, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package =
        dict_get_str(globals, &vm.intern("__package__")).and_then(|p| p.as_str().map(String::from));
    let package = match package {
        Some(p) if !p.is_empty() => p,
        _ => {
            let modname = dict_get_str(globals, &vm.names().__name__.clone())
                .and_then(|n| n.as_str().map(String::from))
                .unwrap_or_default();
            let is_pkg = dict_get_str(globals, &vm.intern("__path__")).is_some();
            if is_pkg {
                modname
            } else {
                match modname.rsplit_once('.') {
                    Some((p, _)) => p.to_string(),
                    None => {
                        return Err(vm.new_exception(
                            "ImportError",
                            "attempted relative import with no known parent package",
                        ))
                    }
                }
            }
        }
    };
    let mut parts: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() {
            return Err(vm.new_exception(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
    }
    let base = parts.join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{}.{}", base, name)
    })
}

/// `IMPORT_NAME`: import `name` (and its parents); return the top package, or the module itself
/// when there is a fromlist.
pub fn import_name(
    vm: &mut Vm,
    name: &str,
    globals: &ObjRef,
    fromlist: &Value,
    level: usize,
) -> PyResult<Value> {
    let full = resolve_name(vm, name, globals, level)?;
    let mut module = Value::None;
    let mut prefix = String::new();
    for part in full.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        module = import_module(vm, &prefix)?;
    }
    let has_fromlist = match fromlist.payload() {
        Some(Payload::Tuple(t)) => !t.is_empty(),
        _ => !fromlist.is_none(),
    };
    if has_fromlist || level > 0 && name.is_empty() {
        // Submodules named in the fromlist are imported too (`from pkg import sub`).
        if let Some(Payload::Tuple(names)) = fromlist.payload() {
            for n in names.clone() {
                if let Some(n) = n.as_str() {
                    if n != "*" && vm.getattr_opt(&module, &vm.intern(n))?.is_none() {
                        let sub = format!("{}.{}", full, n);
                        if find_source(vm, &sub).is_some()
                            || crate::stdlib::embedded_source(&sub).is_some()
                        {
                            import_module(vm, &sub)?;
                        }
                    }
                }
            }
        }
        return Ok(module);
    }
    let top = full.split('.').next().unwrap_or("");
    match dict_get_str(modules(vm), &vm.intern(top)) {
        Some(m) => Ok(m),
        None => Ok(module),
    }
}

/// Import one module by its absolute dotted name (its parent is already imported).
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    if let Some(m) = dict_get_str(modules(vm), &key) {
        return Ok(m);
    }
    if let Some(make) = crate::stdlib::builtin_module(name) {
        let m = make(vm)?;
        dict_set_str(modules(vm), key, m.clone());
        return Ok(m);
    }
    if let Some(source) = crate::stdlib::embedded_source(name) {
        let (m, dict) = vm.new_module(name);
        dict_set_str(modules(vm), key.clone(), m.clone());
        if let Err(e) = exec_module_source(vm, source, &format!("<gilt:{}>", name), &dict) {
            remove_module(vm, &key);
            return Err(e);
        }
        bind_on_parent(vm, name, &m)?;
        return Ok(m);
    }
    let Some((path, is_package)) = find_source(vm, name) else {
        let msg = format!("No module named '{}'", name);
        let err = vm.new_exception("ModuleNotFoundError", msg);
        crate::vm::set_exc_attr(&err, "name", Value::str(name));
        return Err(err);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => return Err(crate::stdlib::os::os_error(vm, e, Some(&path))),
    };
    let (m, dict) = vm.new_module(name);
    dict_set_str(&dict, vm.names().__file__.clone(), Value::str(path.clone()));
    let package = if is_package {
        let dir = std::path::Path::new(&path)
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        dict_set_str(
            &dict,
            vm.intern("__path__"),
            Value::list(vec![Value::str(dir)]),
        );
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    dict_set_str(&dict, vm.intern("__package__"), Value::str(package));
    let spec = crate::stdlib::sys::module_spec(vm, name, &path)?;
    dict_set_str(&dict, vm.intern("__spec__"), spec);
    dict_set_str(modules(vm), key.clone(), m.clone());
    if let Err(e) = exec_module_source(vm, &source, &path, &dict) {
        remove_module(vm, &key);
        return Err(e);
    }
    bind_on_parent(vm, name, &m)?;
    Ok(m)
}

/// `import a.b` binds `b` on the package `a`.
fn bind_on_parent(vm: &mut Vm, name: &str, module: &Value) -> PyResult<()> {
    if let Some((parent, child)) = name.rsplit_once('.') {
        if let Some(p) = dict_get_str(modules(vm), &vm.intern(parent)) {
            let child = vm.intern(child);
            vm.setattr(&p, &child, module.clone())?;
        }
    }
    Ok(())
}

fn remove_module(vm: &Vm, key: &Value) {
    if let Payload::Dict(d) = &modules(vm).payload {
        d.borrow_mut().remove_str(key);
    }
}

/// Find `name` on sys.path: `(path, is_package)`.
pub fn find_source(vm: &mut Vm, name: &str) -> Option<(String, bool)> {
    // `pkg.` or `a..b` names no file (the path `pkg/` would find the package itself).
    if name.split('.').any(str::is_empty) {
        return None;
    }
    let rel = name.replace('.', "/");
    let mut dirs: Vec<String> = Vec::new();
    if let Some(Value::Obj(p)) = vm.sys_attr("path") {
        if let Payload::List(l) = &p.payload {
            dirs = l
                .borrow()
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect();
        }
    }
    if dirs.is_empty() {
        dirs = vm.interp.path.borrow().clone();
    }
    for dir in dirs {
        let base = if dir.is_empty() {
            std::path::PathBuf::from(".")
        } else {
            std::path::PathBuf::from(&dir)
        };
        let file = base.join(format!("{}.py", rel));
        if file.is_file() {
            return Some((display_path(&dir, &format!("{}.py", rel)), false));
        }
        let init = base.join(&rel).join("__init__.py");
        if init.is_file() {
            return Some((display_path(&dir, &format!("{}/__init__.py", rel)), true));
        }
    }
    None
}

fn display_path(dir: &str, rel: &str) -> String {
    if dir.is_empty() {
        rel.to_string()
    } else {
        format!("{}/{}", dir.trim_end_matches('/'), rel)
    }
}

/// `IMPORT_FROM`
pub fn import_from(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    if let Some(v) = vm.getattr_opt(module, name)? {
        return Ok(v);
    }
    let modname = match module.payload() {
        Some(Payload::Module(m)) => m.name.clone(),
        _ => "?".into(),
    };
    let n = name.as_str().unwrap_or("?");
    let sub = format!("{}.{}", modname, n);
    if find_source(vm, &sub).is_some() || crate::stdlib::embedded_source(&sub).is_some() {
        return import_module(vm, &sub);
    }
    let file = match module.payload() {
        Some(Payload::Module(m)) => dict_get_str(&m.dict, &vm.names().__file__.clone())
            .and_then(|f| f.as_str().map(String::from)),
        _ => None,
    };
    let msg = match file {
        Some(f) => format!("cannot import name '{}' from '{}' ({})", n, modname, f),
        None => format!(
            "cannot import name '{}' from '{}' (unknown location)",
            n, modname
        ),
    };
    let err = vm.new_exception("ImportError", msg);
    crate::vm::set_exc_attr(&err, "name", Value::str(modname));
    Err(err)
}

/// `from module import *`: the names in `__all__`, else every name not starting with `_`.
pub fn import_star(vm: &mut Vm, module: &Value, target: &ObjRef) -> PyResult<()> {
    let Some(dict) = vm.module_dict(module) else {
        return Err(vm.type_error("import * requires a module"));
    };
    let all = dict_get_str(&dict, &vm.names().__all__.clone());
    let names: Vec<Value> = match all {
        Some(a) => vm.collect(&a)?,
        None => match &dict.payload {
            Payload::Dict(d) => d
                .borrow()
                .keys()
                .into_iter()
                .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                .collect(),
            _ => Vec::new(),
        },
    };
    for n in names {
        let v = vm.getattr(module, &n)?;
        if let Payload::Dict(d) = &target.payload {
            d.borrow_mut().set_str(n, v);
        }
    }
    Ok(())
}
