//! What the eval loop's instructions hand off to the object model: unpacking (`a, *b = it`),
//! star-arguments and `**` merging in calls, building a function from a code object and its
//! defaults, entering a `with` block, and naming a callable in call errors. Each runs once per
//! instruction that needs it, never in the dispatch itself.

use crate::objects::function::Function;
use crate::objects::{ObjRef, Payload, PyResult, Value};

use super::frame::Frame;
use super::Vm;

impl Vm {
    pub fn is_iterable(&mut self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::Instance(_) | Payload::Native(..)) => {
                self.lookup_special(v, &self.names().__iter__).is_some()
                    || self.lookup_special(v, &self.names().__getitem__).is_some()
            }
            Some(
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::MemoryView(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Range(_)
                | Payload::Iterator(_)
                | Payload::Generator(_)
                | Payload::DictView(..)
                | Payload::File(_),
            ) => true,
            _ => false,
        }
    }

    /// Collect exactly `before` items (or at least `before + after` with a star target).
    pub(super) fn unpack_iterable(
        &mut self,
        seq: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            let msg = format!("cannot unpack non-iterable {} object", self.type_name(seq));
            return Err(self.type_error(msg));
        }
        let it = self.iter(seq)?;
        let mut items = Vec::new();
        match after {
            None => {
                while let Some(v) = self.next(&it)? {
                    if items.len() == before {
                        let msg = format!("too many values to unpack (expected {})", before);
                        return Err(self.value_error(msg));
                    }
                    items.push(v);
                }
                if items.len() < before {
                    let msg = format!(
                        "not enough values to unpack (expected {}, got {})",
                        before,
                        items.len()
                    );
                    return Err(self.value_error(msg));
                }
            }
            Some(after) => {
                while let Some(v) = self.next(&it)? {
                    items.push(v);
                }
                if items.len() < before + after {
                    let msg = format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    );
                    return Err(self.value_error(msg));
                }
            }
        }
        Ok(items)
    }

    /// `{**m}` and `f(**m)`: copy a mapping's items into `dict`; with `callee` (a call's `**`),
    /// a repeated key is an error naming the function.
    pub(super) fn dict_update_from(
        &mut self,
        dict: &Value,
        mapping: &Value,
        callee: Option<&Value>,
    ) -> PyResult<()> {
        let Some(Payload::Dict(target)) = dict.payload() else {
            return Ok(());
        };
        let items = match mapping.payload() {
            Some(Payload::Dict(d)) => d.borrow().items(),
            _ => {
                let keys_name = self.intern("keys");
                if self.getattr_opt(mapping, &keys_name)?.is_none() {
                    let msg = match callee {
                        Some(c) => format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.callable_name(c),
                            self.type_name(mapping)
                        ),
                        None => format!("'{}' object is not a mapping", self.type_name(mapping)),
                    };
                    return Err(self.type_error(msg));
                }
                let keys = self.call_method(mapping, "keys", vec![])?;
                let mut items = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.getitem(mapping, &k)?;
                    items.push((k, v));
                }
                items
            }
        };
        for (k, v) in items {
            if let Some(c) = callee {
                // A key that is not a string is the call's error ("keywords must be strings").
                if crate::objects::dict::contains(self, target, &k)? {
                    let msg = format!(
                        "{} got multiple values for keyword argument '{}'",
                        self.callable_name(c),
                        k.as_str().unwrap_or("")
                    );
                    return Err(self.type_error(msg));
                }
            }
            crate::objects::dict::set(self, target, k, v)?;
        }
        Ok(())
    }

    /// `f(*iterable)` with nothing else positional: the iterable becomes the arguments.
    pub(super) fn star_arguments(
        &mut self,
        callee: &Value,
        iterable: &Value,
    ) -> PyResult<Vec<Value>> {
        if !matches!(iterable.payload(), Some(Payload::List(_))) && !self.is_iterable(iterable) {
            let msg = format!(
                "{} argument after * must be an iterable, not {}",
                self.callable_name(callee),
                self.type_name(iterable)
            );
            return Err(self.type_error(msg));
        }
        self.collect(iterable)
    }

    /// How CPython names a callable in call errors: `f()`, `A.method()`.
    pub fn callable_name(&self, c: &Value) -> String {
        match c.payload() {
            Some(Payload::Function(f)) => match f.module.borrow().as_str() {
                Some(m) if m != "builtins" => format!("{}.{}()", m, f.qualname.borrow()),
                _ => format!("{}()", f.qualname.borrow()),
            },
            Some(Payload::Method(f, _)) => self.callable_name(f),
            Some(Payload::BuiltinFunction(b)) => format!("{}()", b.name),
            Some(Payload::Class(cd)) => format!("{}()", cd.name),
            _ => format!("{} object", self.type_name(c)),
        }
    }

    pub(super) fn make_function(
        &mut self,
        frame: &Frame,
        code: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        annotations: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let Some(Payload::Code(code)) = code.payload() else {
            return Value::None;
        };
        let code = code.clone();
        let defaults = match defaults.as_ref().and_then(|d| d.payload()) {
            Some(Payload::Tuple(t)) => t.clone(),
            _ => Vec::new(),
        };
        let closure: Vec<ObjRef> = match closure.as_ref().and_then(|c| c.payload()) {
            Some(Payload::Tuple(t)) => t.iter().filter_map(|c| c.as_obj().cloned()).collect(),
            _ => Vec::new(),
        };
        let kwdefaults = kwdefaults.and_then(|k| k.as_obj().cloned());
        let module =
            super::dict_get_str(&frame.globals, &self.names().__name__).unwrap_or(Value::None);
        Value::obj(Payload::Function(Box::new(Function {
            name: std::cell::RefCell::new(code.code.name.clone()),
            qualname: std::cell::RefCell::new(code.code.qualname.clone()),
            code,
            globals: frame.globals.clone(),
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            annotations: std::cell::RefCell::new(annotations.and_then(|a| a.as_obj().cloned())),
            closure,
            dict: crate::objects::function::new_attribute_dict(),
            module: std::cell::RefCell::new(module),
        })))
    }

    pub(super) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter_name = self.names().__enter__.clone();
        let exit_name = self.names().__exit__.clone();
        let enter = self.lookup_special(mgr, &enter_name);
        let exit = self.lookup_special(mgr, &exit_name);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let msg = format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(mgr)
            );
            return Err(self.type_error(msg));
        };
        let bound_exit = match exit.payload() {
            Some(Payload::BuiltinFunction(b)) => {
                Value::obj(Payload::BuiltinFunction(crate::objects::BuiltinFunction {
                    name: b.name,
                    owner: b.owner,
                    func: b.func,
                    bound: Some(mgr.clone()),
                    wants_caller: false,
                }))
            }
            _ => Value::obj(Payload::Method(exit, mgr.clone())),
        };
        let entered = self.call_unbound(&enter, vec![mgr.clone()])?;
        Ok((bound_exit, entered))
    }
}
