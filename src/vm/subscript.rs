//! Subscripting: `x[i]`, `x[i] = v`, `del x[i]`, with integer indices, slices, dict keys and the
//! `__getitem__`/`__setitem__`/`__delitem__` methods of instances. Slice bounds are adjusted as
//! CPython's `PySlice_AdjustIndices` does.

use crate::objects::{self, Payload, PyResult, Value};

use super::Vm;

/// A slice resolved against a length: start, stop, step and the number of items.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    /// An integer index (ints, bools, objects with `__index__`): Python's `operator.index`.
    #[allow(clippy::wrong_self_convention)]
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(b.get() as i64),
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                Err(self
                    .new_exception("IndexError", "cannot fit 'int' into an index-sized integer"))
            }
            Value::Obj(o) if matches!(o.payload, Payload::Instance(_) | Payload::Native(..)) => {
                let name = self.names().__index__.clone();
                match self.call_special(v, &name, vec![])? {
                    Some(r) => self.to_index(&r),
                    None => {
                        let msg = format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(v)
                        );
                        Err(self.type_error(msg))
                    }
                }
            }
            _ => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                );
                Err(self.type_error(msg))
            }
        }
    }

    fn slice_part(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                let neg =
                    matches!(&o.payload, Payload::BigInt(n) if n.sign() == num_bigint::Sign::Minus);
                Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }))
            }
            _ => match self.to_index(v) {
                Ok(i) => Ok(Some(i)),
                Err(_) => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    }

    pub fn slice_indices(&mut self, slice: &Value, len: usize) -> PyResult<SliceIndices> {
        let Some(Payload::Slice(a, b, c)) = slice.payload() else {
            return Err(self.type_error("expected a slice"));
        };
        let len = len as i64;
        let step = self.slice_part(c)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => (i + len).max(lower),
                Some(i) => i.min(upper),
            }
        };
        let start = adjust(self.slice_part(a)?, if step < 0 { upper } else { lower });
        let stop = adjust(self.slice_part(b)?, if step < 0 { lower } else { upper });
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: count as usize,
        })
    }

    /// Normalize a possibly negative index against `len`; `None` if out of range. A non-index
    /// raises "`type_name` indices must be integers or slices, not ...".
    pub fn sequence_index(
        &mut self,
        index: &Value,
        len: usize,
        type_name: &str,
    ) -> PyResult<Option<usize>> {
        self.seq_index(index, len, type_name)
    }

    fn seq_index(&mut self, index: &Value, len: usize, type_name: &str) -> PyResult<Option<usize>> {
        let i = match index {
            Value::Int(i) => *i,
            Value::Bool(b) => b.get() as i64,
            _ => {
                if matches!(
                    index.payload(),
                    Some(Payload::Instance(_))
                        | Some(Payload::Native(..))
                        | Some(Payload::BigInt(_))
                ) {
                    self.to_index(index)?
                } else {
                    let msg = format!(
                        "{} indices must be integers or slices, not {}",
                        type_name,
                        self.type_name(index)
                    );
                    return Err(self.type_error(msg));
                }
            }
        };
        let i = if i < 0 { i + len as i64 } else { i };
        Ok(if i < 0 || i >= len as i64 {
            None
        } else {
            Some(i as usize)
        })
    }

    pub fn getitem(&mut self, container: &Value, index: &Value) -> PyResult<Value> {
        let Value::Obj(o) = container else {
            return Err(self.not_subscriptable(container));
        };
        let is_slice = matches!(index.payload(), Some(Payload::Slice(..)));
        match &o.payload {
            Payload::List(l) => {
                if is_slice {
                    let len = l.borrow().len();
                    let s = self.slice_indices(index, len)?;
                    let l = l.borrow();
                    return Ok(Value::list(
                        s.indices().filter_map(|i| l.get(i).cloned()).collect(),
                    ));
                }
                let len = l.borrow().len();
                match self.seq_index(index, len, "list")? {
                    Some(i) => Ok(l.borrow()[i].clone()),
                    None => Err(self.index_error("list index out of range")),
                }
            }
            Payload::Tuple(t) => {
                if is_slice {
                    let s = self.slice_indices(index, t.len())?;
                    return Ok(Value::tuple(s.indices().map(|i| t[i].clone()).collect()));
                }
                match self.seq_index(index, t.len(), "tuple")? {
                    Some(i) => Ok(t[i].clone()),
                    None => Err(self.index_error("tuple index out of range")),
                }
            }
            Payload::Str(s) => {
                if is_slice {
                    let sl = self.slice_indices(index, s.char_len())?;
                    if sl.step == 1 {
                        return Ok(Value::str(
                            s.substring(sl.start as usize, sl.start as usize + sl.len),
                        ));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::str(
                        sl.indices().map(|i| chars[i]).collect::<String>(),
                    ));
                }
                match self.seq_index(index, s.char_len(), "string")? {
                    Some(i) => Ok(Value::str(
                        s.char_at(i).map(String::from).unwrap_or_default(),
                    )),
                    None => Err(self.index_error("string index out of range")),
                }
            }
            Payload::Bytes(b) => {
                if is_slice {
                    let sl = self.slice_indices(index, b.len())?;
                    return Ok(Value::obj(Payload::Bytes(
                        sl.indices().map(|i| b[i]).collect(),
                    )));
                }
                match self.seq_index(index, b.len(), "byte")? {
                    Some(i) => Ok(Value::Int(b[i] as i64)),
                    None => Err(self.index_error("index out of range")),
                }
            }
            Payload::ByteArray(b) => objects::bytearray::getitem(self, b, index),
            Payload::MemoryView(m) => objects::memoryview::getitem(self, container, m, index),
            Payload::Range(r) => {
                if is_slice {
                    let sl = self.slice_indices(index, r.len() as usize)?;
                    // CPython maps both clamped slice bounds through the range, so the new stop
                    // is `start + stop * step` and not the last element plus one step.
                    let through =
                        |i: i64| r.step.checked_mul(i).and_then(|v| v.checked_add(r.start));
                    let (Some(start), Some(stop), Some(step)) = (
                        through(sl.start),
                        through(sl.stop),
                        r.step.checked_mul(sl.step),
                    ) else {
                        return Err(
                            self.overflow_error("Python int too large to convert to C ssize_t")
                        );
                    };
                    return Ok(Value::obj(Payload::Range(objects::range::Range {
                        start,
                        stop,
                        step,
                    })));
                }
                match self.seq_index(index, r.len() as usize, "range")? {
                    Some(i) => Ok(Value::Int(r.get(i as i64))),
                    None => Err(self.index_error("range object index out of range")),
                }
            }
            Payload::Dict(d) => match objects::dict::get(self, d, index)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(index.clone())),
            },
            Payload::Instance(_) | Payload::Native(..) => {
                let name = self.names().__getitem__.clone();
                match self.call_special(container, &name, vec![index.clone()])? {
                    Some(v) => Ok(v),
                    None => Err(self.not_subscriptable(container)),
                }
            }
            Payload::Class(cd) => {
                let name = self.intern("__class_getitem__");
                match cd.lookup(o, &name) {
                    Some(_) => {
                        let f = self.getattr(container, &name)?;
                        self.call(&f, vec![index.clone()])
                    }
                    None if objects::ObjRef::ptr_eq(o, &self.types().type_) => {
                        crate::stdlib::builtins::class_getitem(
                            self,
                            objects::Args::new(vec![container.clone(), index.clone()]),
                        )
                    }
                    None => {
                        let msg = format!("type '{}' is not subscriptable", cd.name);
                        Err(self.type_error(msg))
                    }
                }
            }
            _ => Err(self.not_subscriptable(container)),
        }
    }

    fn not_subscriptable(&mut self, v: &Value) -> objects::PyErr {
        let msg = format!("'{}' object is not subscriptable", self.type_name(v));
        self.type_error(msg)
    }

    pub fn setitem(&mut self, container: &Value, index: &Value, value: Value) -> PyResult<()> {
        let Value::Obj(o) = container else {
            let msg = format!(
                "'{}' object does not support item assignment",
                self.type_name(container)
            );
            return Err(self.type_error(msg));
        };
        match &o.payload {
            Payload::List(l) => {
                if matches!(index.payload(), Some(Payload::Slice(..))) {
                    let items = self.collect(&value)?;
                    let len = l.borrow().len();
                    let sl = self.slice_indices(index, len)?;
                    let mut l = l.borrow_mut();
                    if sl.step == 1 {
                        let start = sl.start.max(0) as usize;
                        let end = (start + sl.len).min(l.len());
                        l.splice(start..end, items);
                        return Ok(());
                    }
                    if items.len() != sl.len {
                        drop(l);
                        let msg = format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            sl.len
                        );
                        return Err(self.value_error(msg));
                    }
                    let idx: Vec<usize> = sl.indices().collect();
                    for (i, v) in idx.into_iter().zip(items) {
                        l[i] = v;
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                match self.seq_index(index, len, "list")? {
                    Some(i) => {
                        let old = std::mem::replace(&mut l.borrow_mut()[i], value);
                        drop(old);
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Payload::Dict(d) => objects::dict::set(self, d, index.clone(), value),
            Payload::ByteArray(b) => objects::bytearray::setitem(self, b, index, value),
            Payload::MemoryView(m) => objects::memoryview::setitem(self, m, index, Some(&value)),
            Payload::Instance(_) | Payload::Native(..) => {
                let name = self.names().__setitem__.clone();
                match self.call_special(container, &name, vec![index.clone(), value])? {
                    Some(_) => Ok(()),
                    None => {
                        let msg = format!(
                            "'{}' object does not support item assignment",
                            self.type_name(container)
                        );
                        Err(self.type_error(msg))
                    }
                }
            }
            _ => {
                let msg = format!(
                    "'{}' object does not support item assignment",
                    self.type_name(container)
                );
                Err(self.type_error(msg))
            }
        }
    }

    pub fn delitem(&mut self, container: &Value, index: &Value) -> PyResult<()> {
        let Value::Obj(o) = container else {
            let msg = format!(
                "'{}' object doesn't support item deletion",
                self.type_name(container)
            );
            return Err(self.type_error(msg));
        };
        match &o.payload {
            Payload::List(l) => {
                if matches!(index.payload(), Some(Payload::Slice(..))) {
                    let len = l.borrow().len();
                    let sl = self.slice_indices(index, len)?;
                    let mut idx: Vec<usize> = sl.indices().collect();
                    idx.sort_unstable();
                    let removed: Vec<Value> = {
                        let mut l = l.borrow_mut();
                        idx.iter().rev().map(|&i| l.remove(i)).collect()
                    };
                    drop(removed);
                    return Ok(());
                }
                let len = l.borrow().len();
                match self.seq_index(index, len, "list")? {
                    Some(i) => {
                        let old = l.borrow_mut().remove(i);
                        drop(old);
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Payload::Dict(d) => match objects::dict::remove(self, d, index)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(index.clone())),
            },
            Payload::ByteArray(b) => objects::bytearray::delitem(self, b, index),
            Payload::MemoryView(m) => objects::memoryview::setitem(self, m, index, None),
            Payload::Instance(_) | Payload::Native(..) => {
                let name = self.names().__delitem__.clone();
                match self.call_special(container, &name, vec![index.clone()])? {
                    Some(_) => Ok(()),
                    None => {
                        let msg = format!(
                            "'{}' object doesn't support item deletion",
                            self.type_name(container)
                        );
                        Err(self.type_error(msg))
                    }
                }
            }
            _ => {
                let msg = format!(
                    "'{}' object doesn't support item deletion",
                    self.type_name(container)
                );
                Err(self.type_error(msg))
            }
        }
    }
}
