//! The iterator protocol: `iter()` turns an iterable into an iterator, `next()` advances it and
//! returns `None` at the end (a `StopIteration` raised by Python code is absorbed here, so Rust
//! callers see a plain end-of-iteration).

use std::cell::RefCell;

use crate::objects::iter::{DictViewKind, IterState};
use crate::objects::{Payload, PyResult, Value};

use super::Vm;

fn iterator(state: IterState) -> Value {
    Value::obj(Payload::Iterator(RefCell::new(state)))
}

impl Vm {
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Str(s) if !s.is_ascii() => {
                    // Immutable text: split once, so iteration is linear, not quadratic.
                    let keys = s
                        .as_str()
                        .chars()
                        .map(|c| Value::str(c.to_string()))
                        .collect();
                    return Ok(iterator(IterState::Keys { keys, index: 0 }));
                }
                Payload::MemoryView(m) => {
                    crate::objects::memoryview::check_iterable(self, m)?;
                    return Ok(iterator(IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    }));
                }
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_) => {
                    return Ok(iterator(IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    }));
                }
                Payload::Range(r) => {
                    return Ok(iterator(IterState::Range {
                        next: r.start,
                        stop: r.stop,
                        step: r.step,
                    }));
                }
                Payload::Dict(d) => {
                    let len = d.borrow().len();
                    return Ok(iterator(IterState::Dict {
                        dict: o.clone(),
                        pos: 0,
                        kind: DictViewKind::Keys,
                        len,
                    }));
                }
                Payload::DictView(d, kind) => {
                    let len = match &d.payload {
                        Payload::Dict(dd) => dd.borrow().len(),
                        _ => 0,
                    };
                    return Ok(iterator(IterState::Dict {
                        dict: d.clone(),
                        pos: 0,
                        kind: *kind,
                        len,
                    }));
                }
                Payload::Set(d) => {
                    let keys = d.borrow().keys();
                    return Ok(iterator(IterState::Keys { keys, index: 0 }));
                }
                Payload::FrozenSet(d) => {
                    return Ok(iterator(IterState::Keys {
                        keys: d.keys(),
                        index: 0,
                    }));
                }
                Payload::File(_) if crate::stdlib::io::is_closed(v) => {
                    return Err(self.value_error("I/O operation on closed file."));
                }
                Payload::Iterator(_) | Payload::Generator(_) | Payload::File(_) => {
                    return Ok(v.clone())
                }
                Payload::Instance(_) | Payload::Native(..) => {
                    let iter_name = self.names().__iter__.clone();
                    if let Some(f) = self.lookup_special(v, &iter_name) {
                        if f.is_none() {
                            return Err(self.not_iterable(v));
                        }
                        let it = self.call_unbound(&f, vec![v.clone()])?;
                        let next_name = self.names().__next__.clone();
                        let is_iterator = match it.payload() {
                            Some(
                                Payload::Iterator(_) | Payload::Generator(_) | Payload::File(_),
                            ) => true,
                            Some(Payload::Instance(_) | Payload::Native(..)) => {
                                self.lookup_special(&it, &next_name).is_some()
                            }
                            _ => false,
                        };
                        if !is_iterator {
                            let msg = format!(
                                "iter() returned non-iterator of type '{}'",
                                self.type_name(&it)
                            );
                            return Err(self.type_error(msg));
                        }
                        return Ok(it);
                    }
                    let getitem = self.names().__getitem__.clone();
                    if self.lookup_special(v, &getitem).is_some() {
                        return Ok(iterator(IterState::Seq {
                            seq: v.clone(),
                            index: 0,
                        }));
                    }
                }
                _ => {}
            }
        }
        Err(self.not_iterable(v))
    }

    fn not_iterable(&mut self, v: &Value) -> crate::objects::PyErr {
        let msg = format!("'{}' object is not iterable", self.type_name(v));
        self.type_error(msg)
    }

    /// Advance an iterator: `Some(item)`, or `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            let msg = format!("'{}' object is not an iterator", self.type_name(it));
            return Err(self.type_error(msg));
        };
        match &o.payload {
            Payload::Iterator(state) => self.next_builtin(state),
            Payload::Generator(_) => self.generator_next(o),
            Payload::File(_) => crate::stdlib::io::next_line(self, it),
            Payload::Instance(_) | Payload::Native(..) => {
                let next_name = self.names().__next__.clone();
                match self.call_special(it, &next_name, vec![]) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => {
                        let msg = format!("'{}' object is not an iterator", self.type_name(it));
                        Err(self.type_error(msg))
                    }
                    Err(e) if self.err_matches(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => {
                let msg = format!("'{}' object is not an iterator", self.type_name(it));
                Err(self.type_error(msg))
            }
        }
    }

    fn next_builtin(&mut self, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
        // Fast paths that need no Python code run while the state is borrowed.
        {
            let mut s = state.borrow_mut();
            match &mut *s {
                IterState::Range { next, stop, step } => {
                    let n = *next;
                    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                        *next = n.wrapping_add(*step);
                        return Ok(Some(Value::Int(n)));
                    }
                    *s = IterState::Exhausted;
                    return Ok(None);
                }
                IterState::Seq { seq, index } => {
                    let item = match seq.payload() {
                        Some(Payload::List(l)) => l.borrow().get(*index).cloned(),
                        Some(Payload::Tuple(t)) => t.get(*index).cloned(),
                        Some(Payload::Str(st)) => {
                            st.char_at(*index).map(|c| Value::str(c.to_string()))
                        }
                        Some(Payload::Bytes(b)) => b.get(*index).map(|b| Value::Int(*b as i64)),
                        Some(Payload::ByteArray(b)) => {
                            b.borrow().get(*index).map(|b| Value::Int(*b as i64))
                        }
                        _ => {
                            // A sequence instance: __getitem__ until IndexError.
                            let seq = seq.clone();
                            let i = *index;
                            *index += 1;
                            drop(s);
                            return match self.getitem(&seq, &Value::Int(i as i64)) {
                                Ok(v) => Ok(Some(v)),
                                Err(e)
                                    if self.err_matches(&e, "IndexError")
                                        || self.err_matches(&e, "StopIteration") =>
                                {
                                    *state.borrow_mut() = IterState::Exhausted;
                                    Ok(None)
                                }
                                Err(e) => Err(e),
                            };
                        }
                    };
                    match item {
                        Some(v) => {
                            *index += 1;
                            return Ok(Some(v));
                        }
                        None => {
                            *s = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                IterState::Dict {
                    dict,
                    pos,
                    kind,
                    len,
                } => {
                    let Payload::Dict(d) = &dict.payload else {
                        return Ok(None);
                    };
                    let d = d.borrow();
                    if d.len() != *len {
                        drop(d);
                        *s = IterState::Exhausted;
                        drop(s);
                        return Err(self.runtime_error("dictionary changed size during iteration"));
                    }
                    while *pos < d.raw_len() {
                        let p = *pos;
                        *pos += 1;
                        if let Some(e) = d.entry_at(p) {
                            return Ok(Some(match kind {
                                DictViewKind::Keys => e.key.clone(),
                                DictViewKind::Values => e.value.clone(),
                                DictViewKind::Items => {
                                    Value::tuple(vec![e.key.clone(), e.value.clone()])
                                }
                            }));
                        }
                    }
                    drop(d);
                    *s = IterState::Exhausted;
                    return Ok(None);
                }
                IterState::Keys { keys, index } => {
                    let r = keys.get(*index).cloned();
                    *index += 1;
                    return Ok(r);
                }
                IterState::Reversed { seq, index } => {
                    if *index < 0 {
                        return Ok(None);
                    }
                    let i = *index;
                    *index -= 1;
                    let seq = seq.clone();
                    drop(s);
                    return match self.getitem(&seq, &Value::Int(i)) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_matches(&e, "IndexError") => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                IterState::Exhausted => return Ok(None),
                _ => {}
            }
        }
        // The lazy builtins call Python code: take what they need, release the borrow.
        let kind = {
            let s = state.borrow();
            match &*s {
                IterState::Enumerate { iter, count } => {
                    Lazy::Enumerate(iter.clone(), count.clone())
                }
                IterState::Zip { iters, strict } => Lazy::Zip(iters.clone(), *strict),
                IterState::Map { func, iters } => Lazy::Map(func.clone(), iters.clone()),
                IterState::Filter { func, iter } => Lazy::Filter(func.clone(), iter.clone()),
                IterState::CallableSentinel { func, sentinel } => {
                    Lazy::Sentinel(func.clone(), sentinel.clone())
                }
                _ => return Ok(None),
            }
        };
        let result = match kind {
            Lazy::Enumerate(iter, count) => match self.next(&iter)? {
                Some(v) => {
                    let next =
                        self.binary_op(&count, &Value::Int(1), crate::syntax::ast::BinOp::Add)?;
                    if let IterState::Enumerate { count: c, .. } = &mut *state.borrow_mut() {
                        *c = next;
                    }
                    Some(Value::tuple(vec![count, v]))
                }
                None => None,
            },
            Lazy::Zip(iters, _) if iters.is_empty() => None,
            Lazy::Zip(iters, strict) => {
                let mut items = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            if strict && (i > 0 || iters[1..].iter().any(|_| true)) {
                                if i > 0 {
                                    let msg = format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        i + 1,
                                        if i > 1 { "s" } else { "" },
                                        if i > 1 {
                                            format!("-{}", i)
                                        } else {
                                            String::new()
                                        }
                                    );
                                    return Err(self.value_error(msg));
                                }
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        let msg = format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            j + 1,
                                            if j > 1 { "s" } else { "" },
                                            if j > 1 {
                                                format!("-{}", j)
                                            } else {
                                                String::new()
                                            }
                                        );
                                        return Err(self.value_error(msg));
                                    }
                                }
                            }
                            *state.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                Some(Value::tuple(items))
            }
            Lazy::Map(func, iters) => {
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => {
                            *state.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                Some(self.call(&func, args)?)
            }
            Lazy::Filter(func, iter) => loop {
                match self.next(&iter)? {
                    Some(v) => {
                        let keep = if func.is_none() {
                            self.truthy(&v)?
                        } else {
                            let r = self.call(&func, vec![v.clone()])?;
                            self.truthy(&r)?
                        };
                        if keep {
                            break Some(v);
                        }
                    }
                    None => break None,
                }
            },
            Lazy::Sentinel(func, sentinel) => {
                let v = self.call(&func, vec![])?;
                if self.eq(&v, &sentinel)? {
                    *state.borrow_mut() = IterState::Exhausted;
                    None
                } else {
                    Some(v)
                }
            }
        };
        if result.is_none() {
            *state.borrow_mut() = IterState::Exhausted;
        }
        Ok(result)
    }
}

enum Lazy {
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Sentinel(Value, Value),
}
