//! The run-time tests of `match` statements (`MatchSequence`, `MatchMapping`, `MatchKeys`,
//! `MatchClass`), with CPython 3.11's rules and messages.
//!
//! Which types are sequences and mappings is decided by type alone, as CPython's
//! `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING` decide it: list, tuple, range and their
//! subclasses are sequences (str, bytes and bytearray never are); dict and its subclasses are
//! mappings. A failed test is not an error: it returns false or None and the pattern moves on;
//! only a malformed pattern (`__match_args__` of the wrong type, a class that is not a class)
//! or an exception raised by the subject's own code propagates.

use crate::objects::class::{class_data, is_subclass};
use crate::objects::{Dict, ObjRef, Payload, PyResult, Value};

use super::Vm;

impl Vm {
    /// Is the subject of a sequence pattern a sequence?
    pub fn match_sequence(&self, subject: &Value) -> bool {
        let types = self.types();
        [&types.list, &types.tuple, &types.range]
            .into_iter()
            .any(|cls| self.isinstance(subject, cls))
    }

    /// Is the subject of a mapping pattern a mapping?
    pub fn match_mapping(&self, subject: &Value) -> bool {
        self.isinstance(subject, &self.types().dict)
    }

    /// The values of a mapping subject for the keys tuple, looked up with `subject.get(key,
    /// default)` (so a subclass's `__missing__` never runs), or None when a key is missing. A key
    /// given twice (two value patterns with equal values) is a `ValueError`.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = match keys.payload() {
            Some(Payload::Tuple(items)) => items.clone(),
            _ => Vec::new(),
        };
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        let exact_dict = matches!(subject.payload(), Some(Payload::Dict(_)));
        let get = if exact_dict {
            None
        } else {
            let name = self.intern("get");
            Some(self.getattr(subject, &name)?)
        };
        // A fresh object as the default of `get`, which no mapping can hold.
        let object = Value::Obj(self.types().object.clone());
        let missing = self.call(&object, Vec::new())?;
        let seen = std::cell::RefCell::new(Dict::new());
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if crate::objects::dict::contains(self, &seen, &key)? {
                let msg = format!(
                    "mapping pattern checks duplicate key ({})",
                    self.repr(&key)?
                );
                return Err(self.value_error(msg));
            }
            crate::objects::dict::set(self, &seen, key.clone(), Value::None)?;
            let value = match (&get, subject.payload()) {
                (None, Some(Payload::Dict(dict))) => crate::objects::dict::get(self, dict, &key)?,
                (Some(get), _) => {
                    let value = self.call(get, vec![key, missing.clone()])?;
                    if value.is(&missing) {
                        None
                    } else {
                        Some(value)
                    }
                }
                _ => None,
            };
            match value {
                Some(value) => values.push(value),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// A class pattern `cls(p1, ..., p_count, name=q, ...)`: the tuple of the attributes its
    /// sub-patterns match, or None when the subject is no instance of `cls` or lacks one.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        count: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let cls = match cls {
            Value::Obj(o) if matches!(o.payload, Payload::Class(_)) => o.clone(),
            _ => return Err(self.type_error("called match pattern must be a type")),
        };
        if !self.isinstance(subject, &cls) {
            return Ok(Value::None);
        }
        let type_name = class_data(&cls).name.clone();
        let mut seen: Vec<String> = Vec::new();
        let mut attributes = Vec::new();
        if count > 0 {
            let match_args_name = self.intern("__match_args__");
            let (match_args, match_self) =
                match self.getattr_opt(&Value::Obj(cls.clone()), &match_args_name)? {
                    Some(match_args) => match match_args.payload() {
                        Some(Payload::Tuple(items)) => (items.clone(), false),
                        _ => {
                            let msg = format!(
                                "{}.__match_args__ must be a tuple (got {})",
                                type_name,
                                self.type_name(&match_args)
                            );
                            return Err(self.type_error(msg));
                        }
                    },
                    // Only a class without `__match_args__` matches itself positionally.
                    None => (Vec::new(), self.matches_self(&cls)),
                };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < count {
                let msg = format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    type_name,
                    allowed,
                    if allowed == 1 { "" } else { "s" },
                    count
                );
                return Err(self.type_error(msg));
            }
            if match_self {
                attributes.push(subject.clone());
            } else {
                for name in &match_args[..count] {
                    if !matches!(name.payload(), Some(Payload::Str(_))) {
                        let msg = format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        );
                        return Err(self.type_error(msg));
                    }
                    match self.match_class_attribute(subject, &type_name, name, &mut seen)? {
                        Some(value) => attributes.push(value),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let names = match names.payload() {
            Some(Payload::Tuple(items)) => items.clone(),
            _ => Vec::new(),
        };
        for name in &names {
            match self.match_class_attribute(subject, &type_name, name, &mut seen)? {
                Some(value) => attributes.push(value),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(attributes))
    }

    /// One attribute a class pattern asks for: None when the subject lacks it.
    fn match_class_attribute(
        &mut self,
        subject: &Value,
        type_name: &str,
        name: &Value,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        let text = name.as_str().unwrap_or("").to_string();
        if seen.contains(&text) {
            let msg = format!(
                "{}() got multiple sub-patterns for attribute {}",
                type_name,
                self.repr(name)?
            );
            return Err(self.type_error(msg));
        }
        seen.push(text);
        self.getattr_opt(subject, name)
    }

    /// The built-in types whose instances a class pattern's one positional sub-pattern matches
    /// whole (`int(x)`, `str(s)`), and their subclasses: CPython's `_Py_TPFLAGS_MATCH_SELF`.
    fn matches_self(&self, cls: &ObjRef) -> bool {
        let types = self.types();
        let builtins = [
            &types.bool,
            &types.bytes,
            &types.dict,
            &types.float,
            &types.frozenset,
            &types.int,
            &types.list,
            &types.set,
            &types.str,
            &types.tuple,
        ];
        if builtins
            .iter()
            .any(|builtin| ObjRef::ptr_eq(cls, builtin) || is_subclass(cls, builtin))
        {
            return true;
        }
        // bytearray, when the build has it, is found by name among the built-in classes.
        crate::objects::class::full_mro(cls).iter().any(|base| {
            let data = class_data(base);
            data.name == "bytearray" && data.kind == crate::objects::class::TypeKind::Builtin
        })
    }
}
