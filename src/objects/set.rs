//! `set` and `frozenset`: the dict table with `None` values. Operators (`| & - ^`, comparisons
//! as subset tests) and methods live here.

use std::cell::RefCell;

use super::class::NativeFn;
use super::dict::{self, Dict};
use super::{Args, Payload, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;

/// A new set (or frozenset) of `items`.
pub fn new_set(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let cell = RefCell::new(Dict::with_capacity(items.len()));
    for item in items {
        dict::set(vm, &cell, item, Value::None)?;
    }
    Ok(if frozen {
        Value::obj(Payload::FrozenSet(cell.into_inner()))
    } else {
        Value::obj(Payload::Set(cell))
    })
}

/// `set.add`
pub fn add(vm: &mut Vm, set: &Value, item: Value) -> PyResult<()> {
    if let Some(Payload::Set(d)) = set.payload() {
        dict::set(vm, d, item, Value::None)?;
    }
    Ok(())
}

/// The keys of a set, frozenset, or (for the methods that accept any iterable) any iterable.
fn members(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Set(d)) => Ok(d.borrow().keys()),
        Some(Payload::FrozenSet(d)) => Ok(d.keys()),
        _ => vm.collect(v),
    }
}

fn table(v: &Value) -> Option<Dict> {
    match v.payload()? {
        Payload::Set(d) => Some(d.borrow().clone()),
        Payload::FrozenSet(d) => Some(d.clone()),
        _ => None,
    }
}

fn has(vm: &mut Vm, d: &Dict, item: &Value) -> PyResult<bool> {
    let cell = RefCell::new(d.clone());
    dict::contains(vm, &cell, item)
}

fn result_like(vm: &mut Vm, like: &Value, items: Vec<Value>) -> PyResult<Value> {
    let frozen = matches!(like.payload(), Some(Payload::FrozenSet(_)));
    new_set(vm, items, frozen)
}

fn combine(vm: &mut Vm, a: &Value, b_items: Vec<Value>, op: BinOp) -> PyResult<Vec<Value>> {
    let a_items = members(vm, a)?;
    let b_table = {
        let cell = RefCell::new(Dict::new());
        for x in &b_items {
            dict::set(vm, &cell, x.clone(), Value::None)?;
        }
        cell.into_inner()
    };
    let a_table = table(a).unwrap_or_default();
    let mut out = Vec::new();
    match op {
        BinOp::BitOr => {
            out.extend(a_items);
            for x in b_items {
                if !has(vm, &a_table, &x)? {
                    out.push(x);
                }
            }
        }
        BinOp::BitAnd => {
            for x in a_items {
                if has(vm, &b_table, &x)? {
                    out.push(x);
                }
            }
        }
        BinOp::Sub => {
            for x in a_items {
                if !has(vm, &b_table, &x)? {
                    out.push(x);
                }
            }
        }
        _ => {
            for x in a_items {
                if !has(vm, &b_table, &x)? {
                    out.push(x);
                }
            }
            for x in b_items {
                if !has(vm, &a_table, &x)? {
                    out.push(x);
                }
            }
        }
    }
    Ok(out)
}

/// `a op b` for two sets; `None` for operators sets do not have.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) {
        return Ok(None);
    }
    let b_items = members(vm, b)?;
    let items = combine(vm, a, b_items, op)?;
    result_like(vm, a, items).map(Some)
}

/// `a op= b` for a mutable set.
pub fn inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !matches!(b.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
        return Ok(None);
    }
    let Some(r) = binary(vm, a, b, op)? else {
        return Ok(None);
    };
    if let (Some(Payload::Set(target)), Some(t)) = (a.payload(), table(&r)) {
        *target.borrow_mut() = t;
    }
    Ok(Some(a.clone()))
}

fn is_subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let b_table = table(b).unwrap_or_default();
    for x in members(vm, a)? {
        if !has(vm, &b_table, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons: equality, and `<`, `<=` as subset tests.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    Ok(match op {
        CmpOp::Eq => la == lb && is_subset(vm, a, b)?,
        CmpOp::NotEq => !(la == lb && is_subset(vm, a, b)?),
        CmpOp::LtE => is_subset(vm, a, b)?,
        CmpOp::Lt => la < lb && is_subset(vm, a, b)?,
        CmpOp::GtE => is_subset(vm, b, a)?,
        CmpOp::Gt => la > lb && is_subset(vm, b, a)?,
        _ => false,
    })
}

fn this_set<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a RefCell<Dict>> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Set(d)) => Ok(d),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for 'set' objects doesn't apply to this object",
            name
        ))),
    }
}

fn s_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_set(vm, &args, "add")?;
    args.check_count(vm, "set.add", 2, 2)?;
    dict::set(vm, d, args.args[1].clone(), Value::None)?;
    Ok(Value::None)
}

fn s_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_set(vm, &args, "remove")?;
    args.check_count(vm, "set.remove", 2, 2)?;
    match dict::remove(vm, d, &args.args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args.args[1].clone())),
    }
}

fn s_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_set(vm, &args, "discard")?;
    args.check_count(vm, "set.discard", 2, 2)?;
    dict::remove(vm, d, &args.args[1])?;
    Ok(Value::None)
}

fn s_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_set(vm, &args, "pop")?;
    let e = d.borrow_mut().pop_first();
    match e {
        Some(e) => Ok(e.key),
        None => Err(vm.new_exception("KeyError", "pop from an empty set")),
    }
}

fn s_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_set(vm, &args, "clear")?;
    d.borrow_mut().clear();
    Ok(Value::None)
}

fn s_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_set(vm, &args, "update")?;
    for other in &args.args[1..] {
        for x in members(vm, other)? {
            dict::set(vm, d, x, Value::None)?;
        }
    }
    Ok(Value::None)
}

fn s_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    match this.payload() {
        Some(Payload::Set(d)) => Ok(Value::obj(Payload::Set(RefCell::new(d.borrow().clone())))),
        Some(Payload::FrozenSet(_)) => Ok(this.clone()),
        _ => Err(vm.type_error("descriptor 'copy' requires a set")),
    }
}

fn multi(vm: &mut Vm, args: &Args, op: BinOp) -> PyResult<Value> {
    let mut acc = args.args.first().cloned().unwrap_or(Value::None);
    let like = acc.clone();
    for other in &args.args[1..] {
        let items = members(vm, other)?;
        let out = combine(vm, &acc, items, op)?;
        acc = result_like(vm, &like, out)?;
    }
    if args.args.len() == 1 {
        let items = members(vm, &acc)?;
        acc = result_like(vm, &like, items)?;
    }
    Ok(acc)
}

fn s_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, &args, BinOp::BitOr)
}
fn s_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, &args, BinOp::BitAnd)
}
fn s_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, &args, BinOp::Sub)
}
fn s_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "symmetric_difference", 2, 2)?;
    multi(vm, &args, BinOp::BitXor)
}

fn in_place(vm: &mut Vm, args: Args, op: BinOp, name: &str) -> PyResult<Value> {
    let d = this_set(vm, &args, name)?;
    let r = multi(vm, &args, op)?;
    if let Some(t) = table(&r) {
        *d.borrow_mut() = t;
    }
    Ok(Value::None)
}

fn s_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, BinOp::BitAnd, "intersection_update")
}
fn s_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, BinOp::Sub, "difference_update")
}
fn s_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, BinOp::BitXor, "symmetric_difference_update")
}

fn s_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "issubset", 2, 2)?;
    let items = members(vm, &args.args[1].clone())?;
    let other = new_set(vm, items, true)?;
    Ok(Value::bool(is_subset(vm, &args.args[0], &other)?))
}

fn s_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "issuperset", 2, 2)?;
    let items = members(vm, &args.args[1].clone())?;
    let other = new_set(vm, items, true)?;
    Ok(Value::bool(is_subset(vm, &other, &args.args[0])?))
}

fn s_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "isdisjoint", 2, 2)?;
    let t = table(&args.args[0]).unwrap_or_default();
    for x in members(vm, &args.args[1].clone())? {
        if has(vm, &t, &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn construct_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "set")?;
    args.check_count(vm, "set", 0, 1)?;
    let items = match args.args.first() {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    new_set(vm, items, false)
}

fn construct_frozenset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "frozenset")?;
    args.check_count(vm, "frozenset", 0, 1)?;
    let items = match args.args.first() {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    new_set(vm, items, true)
}

pub fn register(vm: &mut Vm) {
    let set = vm.types().set.clone();
    let frozen = vm.types().frozenset.clone();
    if let Payload::Class(cd) = &set.payload {
        cd.constructor.set(Some(construct_set));
    }
    if let Payload::Class(cd) = &frozen.payload {
        cd.constructor.set(Some(construct_frozenset));
    }
    let mutating: &[(&'static str, NativeFn)] = &[
        ("add", s_add),
        ("remove", s_remove),
        ("discard", s_discard),
        ("pop", s_pop),
        ("clear", s_clear),
        ("update", s_update),
        ("intersection_update", s_intersection_update),
        ("difference_update", s_difference_update),
        ("symmetric_difference_update", s_symmetric_difference_update),
    ];
    for (name, f) in mutating {
        vm.add_method(&set, "set", name, *f);
    }
    let shared: &[(&'static str, NativeFn)] = &[
        ("copy", s_copy),
        ("union", s_union),
        ("intersection", s_intersection),
        ("difference", s_difference),
        ("symmetric_difference", s_symmetric_difference),
        ("issubset", s_issubset),
        ("issuperset", s_issuperset),
        ("isdisjoint", s_isdisjoint),
    ];
    for (name, f) in shared {
        vm.add_method(&set, "set", name, *f);
        vm.add_method(&frozen, "frozenset", name, *f);
    }
}
