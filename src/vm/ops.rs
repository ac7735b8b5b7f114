//! The object protocols the eval loop and the builtins share: truth, `repr`/`str`, hashing,
//! equality and rich comparison, binary and unary operators (built-in fast paths first, then the
//! dunder methods with their reflected forms), subscripting, `len`, `in`.
//!
//! Iteration (`iter`/`next`) lives in `iterate.rs`.

use std::cmp::Ordering;

use crate::objects::class::{class_data, is_subclass};
use crate::objects::{self, Payload, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

use super::{arith, Vm};

pub fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn binop_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        _ => "?",
    }
}

fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        _ => ("__ne__", "__ne__"),
    }
}

fn ordering_matches(op: CmpOp, o: Option<Ordering>) -> bool {
    match o {
        None => op == CmpOp::NotEq,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::LtE => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::GtE => o != Ordering::Less,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::NotEq => o != Ordering::Equal,
            _ => false,
        },
    }
}

/// Does the value's type (or a base other than the built-ins) define `name` in Python?
fn user_method(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    if !matches!(o.payload, Payload::Instance(_) | Payload::Native(..)) {
        return None;
    }
    let n = vm.intern(name);
    vm.lookup_special(v, &n)
}

/// The built-in sequences `*` repeats (and whose error names the other operand).
fn is_sequence_payload(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Str(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
    )
}

fn is_bigint(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::BigInt(_)))
}

impl Vm {
    // ----- truth ------------------------------------------------------------------------------

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => !s.as_str().is_empty(),
                Payload::List(l) => !l.borrow().is_empty(),
                Payload::Tuple(t) => !t.is_empty(),
                Payload::Dict(d) => !d.borrow().is_empty(),
                Payload::Set(d) => !d.borrow().is_empty(),
                Payload::FrozenSet(d) => !d.is_empty(),
                Payload::Bytes(b) => !b.is_empty(),
                Payload::ByteArray(b) => !b.is_empty(),
                Payload::MemoryView(m) => objects::memoryview::len(self, m)? != 0,
                Payload::BigInt(_) => true,
                Payload::Complex(c) => c.re != 0.0 || c.im != 0.0,
                Payload::Range(r) => !r.is_empty(),
                Payload::DictView(d, _) => match &d.payload {
                    Payload::Dict(d) => !d.borrow().is_empty(),
                    _ => true,
                },
                Payload::Instance(_) | Payload::Native(..) => {
                    let bool_name = self.names().__bool__.clone();
                    if let Some(r) = self.call_special(v, &bool_name, vec![])? {
                        return match r {
                            Value::Bool(b) => Ok(b.get()),
                            other => {
                                let msg = format!(
                                    "__bool__ should return bool, returned {}",
                                    self.type_name(&other)
                                );
                                Err(self.type_error(msg))
                            }
                        };
                    }
                    let len_name = self.names().__len__.clone();
                    if let Some(r) = self.call_special(v, &len_name, vec![])? {
                        return Ok(self.len_result(r)? != 0);
                    }
                    if let Some(base) = v.builtin_base() {
                        let base = base.clone();
                        return self.truthy(&base);
                    }
                    true
                }
                _ => true,
            },
        })
    }

    // ----- repr and str -----------------------------------------------------------------------

    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        super::repr::repr(self, v)
    }

    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        super::repr::str(self, v)
    }

    // ----- hashing and equality ---------------------------------------------------------------

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x5f3759df,
            Value::Bool(b) => b.get() as i64,
            Value::Int(i) => objects::int::hash_i64(*i),
            Value::Float(f) => objects::float::hash(f.get()),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => s.hash(),
                Payload::BigInt(n) => objects::int::hash_bigint(n),
                Payload::Complex(c) => objects::complex::hash(*c),
                Payload::Bytes(b) => objects::bytes::hash(b),
                Payload::MemoryView(m) => return objects::memoryview::hash(self, m),
                Payload::Tuple(items) => {
                    // CPython's tuple hash (xxHash-based), so equal tuples of ints hash alike.
                    let mut acc: u64 = 2870177450012600261;
                    for item in items {
                        let h = self.hash(item)? as u64;
                        acc = acc.wrapping_add(h.wrapping_mul(14029467366897019727));
                        acc = acc.rotate_left(31);
                        acc = acc.wrapping_mul(11400714785074694791);
                    }
                    acc = acc.wrapping_add(items.len() as u64 ^ (2870177450012600261 ^ 3527539));
                    if acc == u64::MAX {
                        1546275796
                    } else {
                        acc as i64
                    }
                }
                Payload::FrozenSet(d) => {
                    let mut h: u64 = 0;
                    for e in d.iter() {
                        let x = e.hash as u64;
                        h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
                    }
                    h as i64
                }
                Payload::WeakRef(_) => return objects::weakref::hash(self, v),
                Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
                    let msg = format!("unhashable type: '{}'", self.type_name(v));
                    return Err(self.type_error(msg));
                }
                Payload::Instance(_) | Payload::Native(..) => {
                    let hash_name = self.names().__hash__.clone();
                    match self.lookup_special(v, &hash_name) {
                        Some(Value::None) => {
                            let msg = format!("unhashable type: '{}'", self.type_name(v));
                            return Err(self.type_error(msg));
                        }
                        Some(f) if matches!(f.payload(), Some(Payload::Function(_))) => {
                            let r = self.call(&f, vec![v.clone()])?;
                            return match r {
                                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                                Value::Bool(b) => Ok(b.get() as i64),
                                Value::Obj(ref o) if matches!(o.payload, Payload::BigInt(_)) => {
                                    self.hash(&r)
                                }
                                _ => {
                                    Err(self.type_error("__hash__ method should return an integer"))
                                }
                            };
                        }
                        _ => match v.builtin_base() {
                            // A subclass of a mutable built-in is as unhashable as its base,
                            // and says so under its own name.
                            Some(base)
                                if matches!(
                                    base.payload(),
                                    Some(
                                        Payload::List(_)
                                            | Payload::Dict(_)
                                            | Payload::Set(_)
                                            | Payload::ByteArray(_)
                                    )
                                ) =>
                            {
                                let msg = format!("unhashable type: '{}'", self.type_name(v));
                                return Err(self.type_error(msg));
                            }
                            Some(base) => {
                                let base = base.clone();
                                return self.hash(&base);
                            }
                            None => (crate::objects::ObjRef::as_ptr(o) as usize >> 4) as i64,
                        },
                    }
                }
                _ => (crate::objects::ObjRef::as_ptr(o) as usize >> 4) as i64,
            },
        })
    }

    /// Equality as containers use it: identity implies equality.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = objects::dict::builtin_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison (`==`, `<`, ...), returning whatever the comparison method returned.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::bool(!a.is(b))),
            CmpOp::In => return self.contains(b, a).map(Value::bool),
            CmpOp::NotIn => return self.contains(b, a).map(|r| Value::bool(!r)),
            _ => {}
        }
        if let Some(o) = arith::compare(a, b) {
            return Ok(Value::bool(ordering_matches(op, o)));
        }
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            if let Some(eq) = arith::complex_equal(a, b) {
                return Ok(Value::bool(eq == (op == CmpOp::Eq)));
            }
        }
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::bool(r));
        }
        if let Some(r) = objects::weakref::compare(self, a, b, op)? {
            return Ok(r);
        }
        // User-defined comparison methods, the reflected one first if b's type is a subclass.
        let (name, reflected) = cmp_dunders(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = !crate::objects::ObjRef::ptr_eq(&ta, &tb)
            && is_subclass(&tb, &ta)
            && user_method(self, b, reflected).is_some();
        if b_first {
            if let Some(r) = self.try_compare_method(b, reflected, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.try_compare_method(a, name, b)? {
            return Ok(r);
        }
        if !b_first {
            if let Some(r) = self.try_compare_method(b, reflected, a)? {
                return Ok(r);
            }
        }
        if a.builtin_base().is_some() || b.builtin_base().is_some() {
            let a = a.builtin_base().cloned().unwrap_or_else(|| a.clone());
            let b = b.builtin_base().cloned().unwrap_or_else(|| b.clone());
            return self.compare(&a, &b, op);
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::NotEq => {
                // Default __ne__ inverts __eq__.
                if user_method(self, a, "__eq__").is_some()
                    || user_method(self, b, "__eq__").is_some()
                {
                    let r = self.compare(a, b, CmpOp::Eq)?;
                    return Ok(Value::bool(!self.truthy(&r)?));
                }
                Ok(Value::bool(!a.is(b)))
            }
            _ => {
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    cmp_symbol(op),
                    self.type_name(a),
                    self.type_name(b)
                );
                Err(self.type_error(msg))
            }
        }
    }

    fn try_compare_method(&mut self, a: &Value, name: &str, b: &Value) -> PyResult<Option<Value>> {
        if let Some(f) = user_method(self, a, name) {
            if f.is_none() {
                return Ok(None);
            }
            let r = self.call_unbound(&f, vec![a.clone(), b.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Comparisons between built-in non-numeric values: `None` when not handled here.
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Ok(None);
        };
        match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => {
                Ok(Some(ordering_matches(op, Some(s.as_str().cmp(t.as_str())))))
            }
            (Payload::Bytes(s), Payload::Bytes(t)) => {
                Ok(Some(ordering_matches(op, Some(s.cmp(t)))))
            }
            (
                Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_),
                Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_),
            ) => self.buffer_compare(a, b, op),
            (Payload::List(s), Payload::List(t)) => {
                let (s, t) = (s.borrow().clone(), t.borrow().clone());
                self.compare_sequences(&s, &t, op).map(Some)
            }
            // Tuples cannot change under the comparison: no copy needed (lists can, so they are).
            (Payload::Tuple(s), Payload::Tuple(t)) => self.compare_sequences(s, t, op).map(Some),
            (Payload::Dict(_), Payload::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                let eq = self.dicts_equal(a, b)?;
                Ok(Some(if op == CmpOp::Eq { eq } else { !eq }))
            }
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                objects::set::compare(self, a, b, op).map(Some)
            }
            (Payload::Method(f, s), Payload::Method(g, t))
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) =>
            {
                let eq = f.is(g) && s.is(t);
                Ok(Some(if op == CmpOp::Eq { eq } else { !eq }))
            }
            (Payload::Slice(a1, b1, c1), Payload::Slice(a2, b2, c2)) => {
                let s = vec![a1.clone(), b1.clone(), c1.clone()];
                let t = vec![a2.clone(), b2.clone(), c2.clone()];
                self.compare_sequences(&s, &t, op).map(Some)
            }
            (Payload::Range(r), Payload::Range(s)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                let eq = r.len() == s.len()
                    && (r.is_empty() || (r.start == s.start && (r.len() == 1 || r.step == s.step)));
                Ok(Some(if op == CmpOp::Eq { eq } else { !eq }))
            }
            (Payload::DictView(_, k), Payload::Set(_) | Payload::FrozenSet(_))
            | (Payload::Set(_) | Payload::FrozenSet(_), Payload::DictView(_, k))
                if *k != objects::iter::DictViewKind::Values =>
            {
                let (va, vb) = (self.collect(a)?, self.collect(b)?);
                let sa = objects::set::new_set(self, va, true)?;
                let sb = objects::set::new_set(self, vb, true)?;
                objects::set::compare(self, &sa, &sb, op).map(Some)
            }
            (Payload::DictView(..), Payload::DictView(..))
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) =>
            {
                let (va, vb) = (self.collect(a)?, self.collect(b)?);
                let mut eq = va.len() == vb.len();
                if eq {
                    for x in &va {
                        if !self.contains(b, x)? {
                            eq = false;
                            break;
                        }
                    }
                }
                Ok(Some(if op == CmpOp::Eq { eq } else { !eq }))
            }
            _ => Ok(None),
        }
    }

    /// Comparisons among bytes, bytearray and memoryview, as each type's `richcompare` takes
    /// them: a bytearray compares with any buffer, in any order; a memoryview only tests
    /// equality (item by item, by value); bytes compare with bytes (and bytearray, reflected).
    fn buffer_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        let kind = |v: &Value| match v.payload() {
            Some(Payload::Bytes(_)) => 1,
            Some(Payload::ByteArray(_)) => 2,
            _ => 3,
        };
        let (ka, kb) = (kind(a), kind(b));
        let equality = matches!(op, CmpOp::Eq | CmpOp::NotEq);
        if equality && (ka == 3 || (kb == 3 && ka == 1)) {
            return Ok(objects::memoryview::equal(self, a, b)?.map(|eq| {
                if op == CmpOp::Eq {
                    eq
                } else {
                    !eq
                }
            }));
        }
        if ka == 2 || kb == 2 || (ka == 1 && kb == 1) {
            let x = objects::buffer::expect_bytes_like(self, a)?.into_owned();
            let y = objects::buffer::expect_bytes_like(self, b)?;
            return Ok(Some(ordering_matches(op, Some(x[..].cmp(&y[..])))));
        }
        Ok(None)
    }

    fn dicts_equal(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Some(Payload::Dict(x)), Some(Payload::Dict(y))) = (a.payload(), b.payload()) else {
            return Ok(false);
        };
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let items = x.borrow().items();
        for (k, v) in items {
            match objects::dict::get(self, y, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn compare_sequences(&mut self, s: &[Value], t: &[Value], op: CmpOp) -> PyResult<bool> {
        for (x, y) in s.iter().zip(t) {
            if !self.eq(x, y)? {
                if op == CmpOp::Eq {
                    return Ok(false);
                }
                if op == CmpOp::NotEq {
                    return Ok(true);
                }
                let r = self.compare(x, y, op)?;
                return self.truthy(&r);
            }
        }
        Ok(ordering_matches(op, Some(s.len().cmp(&t.len()))))
    }

    /// `a < b` as a bool (sorting, min, max).
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.compare(a, b, CmpOp::Lt)?;
        self.truthy(&r)
    }

    // ----- operators --------------------------------------------------------------------------

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        self.binary_op_from(a, b, op, false)
    }

    /// `a op b`, or the fallback of `a op= b` (`inplace`: only the error message differs).
    fn binary_op_from(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<Value> {
        if let Some(r) = arith::binary(self, op, a, b) {
            return r;
        }
        if let Some(r) = self.sequence_op(a, b, op)? {
            return Ok(r);
        }
        let (name, rname, _) = binop_dunders(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = !crate::objects::ObjRef::ptr_eq(&ta, &tb)
            && is_subclass(&tb, &ta)
            && user_method(self, b, rname).is_some();
        if b_first {
            if let Some(r) = self.try_binary_method(b, rname, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.try_binary_method(a, name, b)? {
            return Ok(r);
        }
        if !b_first && !crate::objects::ObjRef::ptr_eq(&ta, &tb) {
            if let Some(r) = self.try_binary_method(b, rname, a)? {
                return Ok(r);
            }
        }
        if a.builtin_base().is_some() || b.builtin_base().is_some() {
            let a = a.builtin_base().cloned().unwrap_or_else(|| a.clone());
            let b = b.builtin_base().cloned().unwrap_or_else(|| b.clone());
            return self.binary_op_from(&a, &b, op, inplace);
        }
        if objects::weakref::is_proxy(a) || objects::weakref::is_proxy(b) {
            // A proxy's operators are its referent's.
            let a = objects::weakref::unwrap_proxy(self, a)?;
            let b = objects::weakref::unwrap_proxy(self, b)?;
            return self.binary_op_from(&a, &b, op, inplace);
        }
        let err = self.unsupported_operands(a, b, op);
        if inplace {
            return Err(self.inplace_message(err, a, b, op));
        }
        Err(err)
    }

    /// CPython names the augmented operator in the generic message (`for //=:`, `for **=:`).
    fn inplace_message(
        &mut self,
        err: objects::PyErr,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> objects::PyErr {
        let generic = format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            binop_symbol(op),
            self.type_name(a),
            self.type_name(b)
        );
        let args = self.exc_state(&err.0).map(|s| s.args.clone());
        if args.and_then(|a| a.first().and_then(|m| m.as_str().map(|m| m == generic))) != Some(true)
        {
            return err;
        }
        let symbol = match op {
            BinOp::Pow => "**",
            other => binop_symbol(other),
        };
        let msg = format!(
            "unsupported operand type(s) for {}=: '{}' and '{}'",
            symbol,
            self.type_name(a),
            self.type_name(b)
        );
        self.type_error(msg)
    }

    pub fn unsupported_operands(&mut self, a: &Value, b: &Value, op: BinOp) -> objects::PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let msg = match (op, a.payload(), b.payload()) {
            (BinOp::Add, Some(Payload::Str(_)), _) => {
                format!("can only concatenate str (not \"{}\") to str", tb)
            }
            (BinOp::Add, Some(Payload::List(_)), _) => {
                format!("can only concatenate list (not \"{}\") to list", tb)
            }
            (BinOp::Add, Some(Payload::Tuple(_)), _) => {
                format!("can only concatenate tuple (not \"{}\") to tuple", tb)
            }
            (BinOp::Add, Some(Payload::Bytes(_)), _) => format!("can't concat {} to bytes", tb),
            (BinOp::Add, Some(Payload::ByteArray(_)), _) => {
                format!("can't concat {} to bytearray", tb)
            }
            (BinOp::Mult, Some(p), _) | (BinOp::Mult, _, Some(p)) if is_sequence_payload(p) => {
                let other = if a.payload().is_some_and(is_sequence_payload) {
                    tb
                } else {
                    ta
                };
                format!("can't multiply sequence by non-int of type '{}'", other)
            }
            _ => format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                binop_symbol(op),
                ta,
                tb
            ),
        };
        self.type_error(msg)
    }

    fn try_binary_method(&mut self, a: &Value, name: &str, b: &Value) -> PyResult<Option<Value>> {
        if let Some(f) = user_method(self, a, name) {
            let r = self.call_unbound(&f, vec![a.clone(), b.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(Payload::List(l)) = a.payload() {
            match op {
                BinOp::Add => {
                    let items = self.collect(b)?;
                    l.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
                BinOp::Mult => {
                    let n = self.repeat_count(b)?;
                    let mut l = l.borrow_mut();
                    let orig = l.clone();
                    l.clear();
                    for _ in 0..n {
                        l.extend(orig.iter().cloned());
                    }
                    return Ok(a.clone());
                }
                _ => {}
            }
        }
        if let Some(Payload::ByteArray(ba)) = a.payload() {
            match op {
                BinOp::Add => {
                    objects::bytearray::inplace_concat(self, ba, b)?;
                    return Ok(a.clone());
                }
                BinOp::Mult => {
                    let n = self.repeat_count(b)?;
                    objects::bytearray::inplace_repeat(self, ba, n)?;
                    return Ok(a.clone());
                }
                _ => {}
            }
        }
        if let Some(Payload::Set(_)) = a.payload() {
            if let Some(r) = objects::set::inplace(self, a, b, op)? {
                return Ok(r);
            }
        }
        if let Some(Payload::Dict(d)) = a.payload() {
            if op == BinOp::BitOr {
                if let Some(Payload::Dict(other)) = b.payload() {
                    let items = other.borrow().items();
                    for (k, v) in items {
                        objects::dict::set(self, d, k, v)?;
                    }
                    return Ok(a.clone());
                }
            }
        }
        let (_, _, iname) = binop_dunders(op);
        if let Some(f) = user_method(self, a, iname) {
            let r = self.call_unbound(&f, vec![a.clone(), b.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        // A subclass of a mutable built-in changes its base in place and stays itself.
        if let Some(base) = a.builtin_base() {
            if matches!(
                base.payload(),
                Some(Payload::List(_) | Payload::ByteArray(_) | Payload::Set(_) | Payload::Dict(_))
            ) {
                let base = base.clone();
                let r = self.inplace_op(&base, b, op)?;
                return Ok(if r.is(&base) { a.clone() } else { r });
            }
        }
        self.binary_op_from(a, b, op, true)
    }

    fn repeat_count(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok((*i).max(0)),
            Value::Bool(b) => Ok(b.get() as i64),
            _ if is_bigint(v) => {
                if let Some(Payload::BigInt(n)) = v.payload() {
                    if n.sign() == num_bigint::Sign::Minus {
                        return Ok(0);
                    }
                }
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => {
                let msg = format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(v)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// `+` and `*` on sequences, `%` on strings, set and dict operators.
    fn sequence_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (pa, pb) = (a.payload(), b.payload());
        Ok(Some(match (op, pa, pb) {
            (BinOp::Add, Some(Payload::Str(x)), Some(Payload::Str(y))) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::str(s)
            }
            (BinOp::Add, Some(Payload::List(x)), Some(Payload::List(y))) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                let mut v = x.clone();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Add, Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => {
                let mut v = x.clone();
                v.extend(y);
                Value::obj(Payload::Bytes(v))
            }
            (
                BinOp::Add,
                Some(Payload::Bytes(_) | Payload::ByteArray(_)),
                Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)),
            ) => {
                let kind = match pa {
                    Some(Payload::ByteArray(_)) => objects::bytes::Kind::ByteArray,
                    _ => objects::bytes::Kind::Bytes,
                };
                let mut v = objects::buffer::expect_bytes_like(self, a)?.into_owned();
                v.extend_from_slice(&objects::buffer::expect_bytes_like(self, b)?);
                kind.make(v)
            }
            (BinOp::Mult, Some(p), Some(_) | None)
                if is_sequence_payload(p)
                    && (matches!(b, Value::Int(_) | Value::Bool(_)) || is_bigint(b)) =>
            {
                let n = self.repeat_count(b)?;
                self.repeat(a, n)?
            }
            (BinOp::Mult, _, Some(p))
                if is_sequence_payload(p)
                    && (matches!(a, Value::Int(_) | Value::Bool(_)) || is_bigint(a)) =>
            {
                let n = self.repeat_count(a)?;
                self.repeat(b, n)?
            }
            (BinOp::Mod, Some(Payload::Str(s)), _) => {
                let fmt = s.as_str().to_string();
                objects::strformat::percent_format(self, &fmt, b)?
            }
            (BinOp::Mod, Some(Payload::Bytes(s)), _) => {
                objects::bytes::percent(self, s, b, objects::bytes::Kind::Bytes)?
            }
            (BinOp::Mod, Some(Payload::ByteArray(s)), _) => {
                let fmt = s.to_vec();
                objects::bytes::percent(self, &fmt, b, objects::bytes::Kind::ByteArray)?
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Some(Payload::DictView(_, k)),
                _,
            ) if *k != objects::iter::DictViewKind::Values => {
                let items = self.collect(a)?;
                let set = objects::set::new_set(self, items, false)?;
                let other = match pb {
                    Some(Payload::Set(_) | Payload::FrozenSet(_)) => b.clone(),
                    _ => {
                        let items = self.collect(b)?;
                        objects::set::new_set(self, items, false)?
                    }
                };
                match objects::set::binary(self, &set, &other, op)? {
                    Some(v) => v,
                    None => return Ok(None),
                }
            }
            (
                _,
                Some(Payload::Set(_) | Payload::FrozenSet(_)),
                Some(Payload::Set(_) | Payload::FrozenSet(_)),
            ) => match objects::set::binary(self, a, b, op)? {
                Some(v) => v,
                None => return Ok(None),
            },
            (BinOp::BitOr, Some(Payload::Dict(x)), Some(Payload::Dict(y))) => {
                let merged = Value::dict(x.borrow().clone());
                if let Some(Payload::Dict(m)) = merged.payload() {
                    for (k, v) in y.borrow().items() {
                        objects::dict::set(self, m, k, v)?;
                    }
                }
                merged
            }
            _ => return Ok(None),
        }))
    }

    fn repeat(&mut self, seq: &Value, n: i64) -> PyResult<Value> {
        let n = n.max(0) as usize;
        Ok(match seq.payload() {
            Some(Payload::Str(s)) => {
                if s.as_str().len().saturating_mul(n) > 1 << 34 {
                    return Err(self.new_exception("MemoryError", ""));
                }
                Value::str(s.as_str().repeat(n))
            }
            Some(Payload::List(l)) => {
                let items = l.borrow().clone();
                let mut v = self.reserve_values(items.len().saturating_mul(n))?;
                for _ in 0..if items.is_empty() { 0 } else { n } {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            Some(Payload::Tuple(t)) => {
                let mut v = self.reserve_values(t.len().saturating_mul(n))?;
                for _ in 0..if t.is_empty() { 0 } else { n } {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            Some(Payload::Bytes(b)) => {
                Value::obj(Payload::Bytes(objects::bytes::repeat(self, b, n)?))
            }
            Some(Payload::ByteArray(b)) => {
                let data = b.to_vec();
                objects::bytearray::new_value(objects::bytes::repeat(self, &data, n)?)
            }
            _ => Value::None,
        })
    }

    pub fn unary_op(&mut self, v: &Value, op: UnaryOp) -> PyResult<Value> {
        match op {
            UnaryOp::Not => return Ok(Value::bool(!self.truthy(v)?)),
            UnaryOp::Neg => {
                if let Some(r) = arith::negate(v) {
                    return Ok(r);
                }
            }
            UnaryOp::Pos => {
                if let Value::Bool(b) = v {
                    return Ok(Value::Int(b.get() as i64));
                }
                if arith::negate(v).is_some() {
                    return Ok(v.clone());
                }
            }
            UnaryOp::Invert => {
                if let Some(r) = arith::invert(v) {
                    return Ok(r);
                }
            }
        }
        let (name, sym) = match op {
            UnaryOp::Neg => (self.names().__neg__.clone(), "-"),
            UnaryOp::Pos => (self.names().__pos__.clone(), "+"),
            _ => (self.names().__invert__.clone(), "~"),
        };
        if matches!(
            v.payload(),
            Some(Payload::Instance(_) | Payload::Native(..))
        ) {
            if let Some(r) = self.call_special(v, &name, vec![])? {
                return Ok(r);
            }
        }
        let msg = format!(
            "bad operand type for unary {}: '{}'",
            sym,
            self.type_name(v)
        );
        Err(self.type_error(msg))
    }

    // ----- len, in ----------------------------------------------------------------------------

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::List(l) => return Ok(l.borrow().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::Dict(d) => return Ok(d.borrow().len()),
                Payload::Set(d) => return Ok(d.borrow().len()),
                Payload::FrozenSet(d) => return Ok(d.len()),
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::ByteArray(b) => return Ok(b.len()),
                Payload::MemoryView(m) => return objects::memoryview::len(self, m),
                Payload::Range(r) => return Ok(r.len() as usize),
                Payload::DictView(d, _) => {
                    if let Payload::Dict(d) = &d.payload {
                        return Ok(d.borrow().len());
                    }
                }
                // Instances, and native types whose `__len__` is a method of their class.
                _ => {
                    let len_name = self.names().__len__.clone();
                    if let Some(r) = self.call_special(v, &len_name, vec![])? {
                        return self.len_result(r);
                    }
                }
            }
        }
        let msg = format!("object of type '{}' has no len()", self.type_name(v));
        Err(self.type_error(msg))
    }

    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b.get() as usize),
            other => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(&other)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// `item in container`
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match &o.payload {
                Payload::Str(s) => {
                    return match item.as_str() {
                        Some(sub) => Ok(s.as_str().contains(sub)),
                        None => {
                            let msg = format!(
                                "'in <string>' requires string as left operand, not {}",
                                self.type_name(item)
                            );
                            Err(self.type_error(msg))
                        }
                    }
                }
                Payload::List(l) => {
                    let mut i = 0;
                    loop {
                        let x = match l.borrow().get(i) {
                            Some(x) => x.clone(),
                            None => return Ok(false),
                        };
                        if self.eq(&x, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                Payload::Tuple(t) => {
                    for x in t {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Dict(d) | Payload::Set(d) => {
                    return objects::dict::contains(self, d, item)
                }
                Payload::FrozenSet(d) => {
                    let cell = std::cell::RefCell::new(d.clone());
                    return objects::dict::contains(self, &cell, item);
                }
                Payload::DictView(d, kind) => {
                    if let Payload::Dict(cell) = &d.payload {
                        match kind {
                            objects::iter::DictViewKind::Keys => {
                                return objects::dict::contains(self, cell, item)
                            }
                            objects::iter::DictViewKind::Items => {
                                if let Some(Payload::Tuple(kv)) = item.payload() {
                                    if kv.len() == 2 {
                                        return match objects::dict::get(self, cell, &kv[0])? {
                                            Some(v) => self.eq(&v, &kv[1]),
                                            None => Ok(false),
                                        };
                                    }
                                }
                                return Ok(false);
                            }
                            objects::iter::DictViewKind::Values => {}
                        }
                    }
                }
                Payload::Range(r) => {
                    if let Value::Int(i) = item {
                        let i = *i;
                        let inside = if r.step > 0 {
                            i >= r.start && i < r.stop
                        } else {
                            i <= r.start && i > r.stop
                        };
                        return Ok(inside && (i - r.start) % r.step == 0);
                    }
                }
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    return objects::bytes::contains(self, container, item)
                }
                Payload::Instance(_) | Payload::Native(..) => {
                    let name = self.names().__contains__.clone();
                    if let Some(r) = self.call_special(container, &name, vec![item.clone()])? {
                        return self.truthy(&r);
                    }
                }
                _ => {}
            }
        }
        let iterable = matches!(
            container.payload(),
            Some(
                Payload::Instance(_)
                    | Payload::Native(..)
                    | Payload::Generator(_)
                    | Payload::Iterator(_)
                    | Payload::DictView(..)
                    | Payload::Range(_)
                    | Payload::File(_)
                    | Payload::MemoryView(_)
            )
        );
        if !iterable {
            let msg = format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            );
            return Err(self.type_error(msg));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Whether a class is `BaseException` or derives from it (for `except` and `raise`).
    pub fn is_exception_type(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => {
                matches!(&o.payload, Payload::Class(_))
                    && is_subclass(o, &self.types().base_exception)
            }
            _ => false,
        }
    }

    pub fn class_name(&self, cls: &objects::ObjRef) -> String {
        class_data(cls).name.clone()
    }
}
