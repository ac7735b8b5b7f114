//! `repr()` and `str()` of every built-in value, in CPython's exact layouts, and the calls to
//! `__repr__`/`__str__` for instances. Containers that contain themselves print `[...]`/`{...}`:
//! `Vm::repr_guard` holds the objects whose repr is in progress.

use crate::objects::class::{class_data, TypeKind};
use crate::objects::{self, Payload, PyResult, Value};

use super::Vm;

/// The `0x...` address CPython shows in default reprs.
pub fn address(v: &Value) -> String {
    format!("0x{:012x}", v.id())
}

pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let o = match v {
        Value::None => return Ok("None".into()),
        Value::Bool(b) => return Ok(if b.get() { "True" } else { "False" }.into()),
        Value::Int(i) => return Ok(i.to_string()),
        Value::Float(f) => return Ok(objects::float::repr(f.get())),
        Value::Obj(o) => o,
    };
    Ok(match &o.payload {
        Payload::Str(s) => objects::str::repr(s.as_str()),
        Payload::BigInt(n) => objects::int::to_decimal(vm, n)?,
        Payload::Complex(c) => objects::complex::repr(*c),
        Payload::Bytes(b) => objects::bytes::repr(b),
        Payload::ByteArray(b) => objects::bytearray::repr_named("bytearray", &b.borrow()),
        Payload::MemoryView(m) => {
            if m.is_released() {
                format!("<released memory at {}>", address(v))
            } else {
                format!("<memory at {}>", address(v))
            }
        }
        Payload::List(_)
        | Payload::Tuple(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::DictView(..) => {
            let key = crate::objects::ObjRef::as_ptr(o) as usize;
            if vm.repr_guard.contains(&key) {
                return Ok(match &o.payload {
                    Payload::List(_) => "[...]",
                    Payload::Tuple(_) => "(...)",
                    _ => "{...}",
                }
                .into());
            }
            vm.repr_guard.push(key);
            let r = container_repr(vm, v);
            vm.repr_guard.pop();
            r?
        }
        Payload::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        // CPython names the object's type only: `<super: <class 'P'>, <P object>>`.
        Payload::Super(cls, obj) => match cls.payload() {
            Some(Payload::Class(cd)) => {
                format!(
                    "<super: <class '{}'>, <{} object>>",
                    cd.name,
                    vm.type_name(obj)
                )
            }
            _ => format!("<super: {}, NULL>", vm.repr(cls)?),
        },
        Payload::Slice(a, b, c) => {
            format!("slice({}, {}, {})", vm.repr(a)?, vm.repr(b)?, vm.repr(c)?)
        }
        Payload::Function(f) => format!("<function {} at {}>", f.qualname.borrow(), address(v)),
        Payload::BuiltinFunction(b) => match &b.bound {
            Some(this) if !matches!(this.payload(), Some(Payload::Module(_))) => {
                format!(
                    "<built-in method {} of {} object at {}>",
                    b.name,
                    vm.type_name(this),
                    address(this)
                )
            }
            _ => format!("<built-in function {}>", b.name),
        },
        Payload::Method(f, this) => {
            let fname = match f.payload() {
                Some(Payload::Function(f)) => f.qualname.borrow().clone(),
                _ => "?".into(),
            };
            format!("<bound method {} of {}>", fname, vm.repr(this)?)
        }
        Payload::Class(cd) => {
            let module = class_module(vm, o);
            if module == "builtins" {
                format!("<class '{}'>", cd.qualname.borrow())
            } else {
                format!("<class '{}.{}'>", module, cd.qualname.borrow())
            }
        }
        Payload::Module(m) => {
            let file = super::dict_get_str(&m.dict, &vm.names().__file__.clone());
            match file.as_ref().and_then(|f| f.as_str()) {
                Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                None => format!("<module '{}' (built-in)>", m.name),
            }
        }
        Payload::Code(c) => format!(
            "<code object {} at {}, file \"{}\", line {}>",
            c.code.name,
            address(v),
            c.filename,
            c.code.first_line
        ),
        Payload::Cell(_) => format!("<cell at {}>", address(v)),
        Payload::Member(m) => format!(
            "<member '{}' of '{}' objects>",
            m.name.as_str().unwrap_or(""),
            m.owner
        ),
        Payload::Frame(f) => crate::objects::frame::repr(f, &address(v)),
        Payload::GetSet(g) => format!("<attribute '{}' of '{}' objects>", g.name, g.owner),
        Payload::Generator(g) => {
            let g = g.borrow();
            let kind = match g.kind {
                objects::function::GeneratorKind::Generator => "generator",
                objects::function::GeneratorKind::Coroutine => "coroutine",
            };
            format!("<{} object {} at {}>", kind, g.qualname, address(v))
        }
        Payload::Instance(_) | Payload::Native(..) => return instance_repr(vm, v),
        Payload::NotImplemented => "NotImplemented".into(),
        Payload::Lock(_) | Payload::RLock(_) => {
            crate::objects::lock::repr_text(v).unwrap_or_default()
        }
        Payload::Ellipsis => "Ellipsis".into(),
        Payload::File(f) => {
            let f = f.borrow();
            f.repr()
        }
        _ => format!("<{} object at {}>", vm.type_name(v), address(v)),
    })
}

/// The `__module__` of a class (`builtins` for built-in types).
pub fn class_module(vm: &Vm, cls: &objects::ObjRef) -> String {
    let cd = class_data(cls);
    match cd.dict.borrow().get_str(&vm.names().__module__) {
        Some(m) => m.as_str().unwrap_or("builtins").to_string(),
        None => "builtins".into(),
    }
}

fn container_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let items = |vm: &mut Vm, items: &[Value]| -> PyResult<Vec<String>> {
        items.iter().map(|x| vm.repr(x)).collect()
    };
    Ok(match v.payload() {
        Some(Payload::List(l)) => {
            let l = l.borrow().clone();
            format!("[{}]", items(vm, &l)?.join(", "))
        }
        Some(Payload::Tuple(t)) => {
            if t.len() == 1 {
                format!("({},)", vm.repr(&t[0])?)
            } else {
                format!("({})", items(vm, t)?.join(", "))
            }
        }
        Some(Payload::Dict(d)) => {
            let pairs = d.borrow().items();
            let mut parts = Vec::with_capacity(pairs.len());
            for (k, val) in pairs {
                parts.push(format!("{}: {}", vm.repr(&k)?, vm.repr(&val)?));
            }
            format!("{{{}}}", parts.join(", "))
        }
        Some(Payload::Set(d)) => {
            let keys = d.borrow().keys();
            if keys.is_empty() {
                "set()".into()
            } else {
                format!("{{{}}}", items(vm, &keys)?.join(", "))
            }
        }
        Some(Payload::FrozenSet(d)) => {
            let keys = d.keys();
            if keys.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", items(vm, &keys)?.join(", "))
            }
        }
        Some(Payload::DictView(d, kind)) => {
            let name = vm.type_name(v);
            let list = match (&d.payload, kind) {
                (Payload::Dict(d), objects::iter::DictViewKind::Keys) => d.borrow().keys(),
                (Payload::Dict(d), objects::iter::DictViewKind::Values) => d.borrow().values(),
                (Payload::Dict(d), objects::iter::DictViewKind::Items) => d
                    .borrow()
                    .items()
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
                _ => Vec::new(),
            };
            format!("{}([{}])", name, items(vm, &list)?.join(", "))
        }
        _ => String::new(),
    })
}

fn instance_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let name = vm.names().__repr__.clone();
    if let Some(f) = vm.lookup_special(v, &name) {
        // An extension type's `__repr__` is native, and is called with the object itself (a
        // subclass instance included, so the repr can name the subclass).
        let native = matches!(
            v.builtin_base().unwrap_or(v).payload(),
            Some(Payload::Native(..))
        );
        if native || !matches!(f.payload(), Some(Payload::BuiltinFunction(_))) {
            let r = vm.call_unbound(&f, vec![v.clone()])?;
            return match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => {
                    let msg = format!("__repr__ returned non-string (type {})", vm.type_name(&r));
                    Err(vm.type_error(msg))
                }
            };
        }
    }
    if let Some(base) = v.builtin_base() {
        let base = base.clone();
        // A bytearray names its type in its repr: `B(b'...')` for a subclass.
        if let Some(Payload::ByteArray(b)) = base.payload() {
            let name = vm.type_name(v);
            return Ok(objects::bytearray::repr_named(&name, &b.borrow()));
        }
        return repr(vm, &base);
    }
    let cls = vm.type_of(v);
    if class_data(&cls).kind == TypeKind::Exception {
        let args = exception_args(v);
        let name = class_data(&cls).name.clone();
        return Ok(if args.len() == 1 {
            format!("{}({})", name, vm.repr(&args[0])?)
        } else {
            let parts: PyResult<Vec<String>> = args.iter().map(|a| vm.repr(a)).collect();
            format!("{}({})", name, parts?.join(", "))
        });
    }
    let module = class_module(vm, &cls);
    let qual = class_data(&cls).qualname.borrow().clone();
    Ok(format!("<{}.{} object at {}>", module, qual, address(v)))
}

pub fn exception_args(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Instance(i)) => i
            .exc
            .as_ref()
            .map(|e| e.borrow().args.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

pub fn str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(s.as_str().to_string()),
            Payload::Instance(inst) => {
                let name = vm.names().__str__.clone();
                if let Some(f) = vm.lookup_special(v, &name) {
                    if !matches!(f.payload(), Some(Payload::BuiltinFunction(_))) {
                        let r = vm.call_unbound(&f, vec![v.clone()])?;
                        return match r.as_str() {
                            Some(s) => Ok(s.to_string()),
                            None => {
                                let msg = format!(
                                    "__str__ returned non-string (type {})",
                                    vm.type_name(&r)
                                );
                                Err(vm.type_error(msg))
                            }
                        };
                    }
                }
                // `str.__str__`: a str subclass's value, whatever its `__repr__` (the other
                // built-in types have no `__str__`: `object.__str__` is their repr).
                if let Some(s) = inst.base.as_ref().and_then(|b| b.as_str()) {
                    return Ok(s.to_string());
                }
                let cls = vm.type_of(v);
                if class_data(&cls).kind == TypeKind::Exception {
                    // A user __repr__ does not change an exception's str.
                    return exception_str(vm, v);
                }
                // bytes and bytearray have a `__str__` of their own: their repr, not the
                // subclass's `__repr__`.
                match v.builtin_base().and_then(|b| b.payload()) {
                    Some(Payload::Bytes(b)) => return Ok(objects::bytes::repr(b)),
                    Some(Payload::ByteArray(b)) => {
                        let name = vm.type_name(v);
                        return Ok(objects::bytearray::repr_named(&name, &b.borrow()));
                    }
                    _ => {}
                }
                repr(vm, v)
            }
            _ => repr(vm, v),
        },
        _ => repr(vm, v),
    }
}

/// `BaseException.__str__`: '' for no args, str(arg) for one (repr for KeyError), else the
/// tuple's str.
pub fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(text) = crate::objects::exception_group::str_of(vm, v)? {
        return Ok(text);
    }
    let args = exception_args(v);
    let os_error = vm.types().exception("OSError");
    if vm.isinstance(v, &os_error) && args.len() == 2 {
        // `[Errno 2] No such file or directory: 'name'`
        let attr = |vm: &mut Vm, n: &str| {
            let key = vm.intern(n);
            super::attr::own_attr(v, &key).unwrap_or(Value::None)
        };
        let (filename, filename2) = (attr(vm, "filename"), attr(vm, "filename2"));
        let errno = vm.str(&args[0])?;
        let strerror = vm.str(&args[1])?;
        return Ok(match (filename.is_none(), filename2.is_none()) {
            (false, false) => format!(
                "[Errno {}] {}: {} -> {}",
                errno,
                strerror,
                vm.repr(&filename)?,
                vm.repr(&filename2)?
            ),
            (false, true) => format!("[Errno {}] {}: {}", errno, strerror, vm.repr(&filename)?),
            _ => format!("[Errno {}] {}", errno, strerror),
        });
    }
    let syntax = vm.types().exception("SyntaxError");
    if vm.isinstance(v, &syntax) && args.len() == 2 {
        // `invalid syntax (file.py, line 3)`
        if let Some(Payload::Tuple(details)) = args[1].payload() {
            let msg = vm.str(&args[0])?;
            let file = details
                .first()
                .and_then(|f| f.as_str())
                .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
            return Ok(match (file, details.get(1)) {
                (Some(f), Some(Value::Int(line))) => format!("{} ({}, line {})", msg, f, line),
                _ => msg,
            });
        }
    }
    let key_error = vm.types().exception("KeyError");
    match args.len() {
        0 => Ok(String::new()),
        1 if vm.isinstance(v, &key_error) => vm.repr(&args[0]),
        1 => vm.str(&args[0]),
        _ => vm.repr(&Value::tuple(args)),
    }
}
