//! `list`: a growable vector of values behind a `RefCell`.
//!
//! No method holds the borrow while Python code runs (an `__eq__` or a sort key may mutate the
//! list): items are cloned out first. Sorting is our own stable merge sort, because comparisons can
//! raise and can be inconsistent, and neither may panic or lose items.

use super::class::NativeFn;
use super::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

fn this(args: &Args) -> &std::cell::RefCell<Vec<Value>> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => l,
        _ => unreachable_list(),
    }
}

#[cold]
fn unreachable_list() -> &'static std::cell::RefCell<Vec<Value>> {
    panic!("list method called without a list")
}

/// Check `self` is a list (methods can be called unbound: `list.append(x, 1)`).
fn check(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::List(_)) => Ok(()),
        Some(_) | None => {
            let got = args
                .args
                .first()
                .map(|v| vm.type_name(v))
                .unwrap_or_else(|| "nothing".into());
            Err(vm.type_error(format!(
                "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
                name, got
            )))
        }
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "append")?;
    args.check_count(vm, "list.append", 2, 2).map_err(|_| {
        vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len() - 1
        ))
    })?;
    this(&args).borrow_mut().push(args.args[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "extend")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "list.extend() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let items = vm.collect(&args.args[1])?;
    this(&args).borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "insert")?;
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let i = vm.to_index(&args.args[1])?;
    let mut l = this(&args).borrow_mut();
    let len = l.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(i as usize, args.args[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "pop")?;
    let len = this(&args).borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.args.get(1) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(this(&args).borrow_mut().remove(i as usize))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "remove")?;
    let target = args.args.get(1).cloned().unwrap_or(Value::None);
    let mut i = 0;
    loop {
        let item = match this(&args).borrow().get(i) {
            Some(v) => v.clone(),
            None => return Err(vm.value_error("list.remove(x): x not in list")),
        };
        if vm.eq(&item, &target)? {
            let removed = {
                let mut l = this(&args).borrow_mut();
                if i < l.len() {
                    Some(l.remove(i))
                } else {
                    None
                }
            };
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "index")?;
    let target = args.args.get(1).cloned().unwrap_or(Value::None);
    let len = this(&args).borrow().len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match args.args.get(2) {
        Some(v) => norm(vm.to_index(v)?),
        None => 0,
    };
    let stop = match args.args.get(3) {
        Some(v) => norm(vm.to_index(v)?),
        None => len,
    };
    let mut i = start;
    while i < stop {
        let item = match this(&args).borrow().get(i as usize) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq(&item, &target)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    let r = vm.repr(&target)?;
    Err(vm.value_error(format!("{} is not in list", r)))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "count")?;
    let target = args.args.get(1).cloned().unwrap_or(Value::None);
    let items = this(&args).borrow().clone();
    let mut n = 0;
    for item in &items {
        if vm.eq(item, &target)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "clear")?;
    let old = std::mem::take(&mut *this(&args).borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "copy")?;
    Ok(Value::list(this(&args).borrow().clone()))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "reverse")?;
    this(&args).borrow_mut().reverse();
    Ok(Value::None)
}

fn sort(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    check(vm, &args, "sort")?;
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    args.no_kwargs(vm, "sort()")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    // Sort a copy while the list is emptied, as CPython does, so mutation during sort is caught.
    let items = std::mem::take(&mut *this(&args).borrow_mut());
    let result = sort_values(vm, items, key.as_ref(), reverse);
    let modified = !this(&args).borrow().is_empty();
    match result {
        Ok(sorted) => {
            *this(&args).borrow_mut() = sorted;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err((items, e)) => {
            *this(&args).borrow_mut() = items;
            Err(e)
        }
    }
}

/// Stable sort by `key`, comparing with `<`. On error the items come back in some order, none lost.
#[allow(clippy::result_large_err)]
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> Result<Vec<Value>, (Vec<Value>, super::PyErr)> {
    let computed_keys;
    let keys: &[Value] = match key {
        Some(k) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in &items {
                match vm.call(k, vec![item.clone()]) {
                    Ok(v) => keys.push(v),
                    Err(e) => return Err((items, e)),
                }
            }
            computed_keys = keys;
            &computed_keys
        }
        None => &items,
    };
    // Sort positions, not values: moving a u32 costs nothing, moving a value touches its count.
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    if reverse {
        // Reversing before and after keeps equal elements in their original order.
        order.reverse();
    }
    let mut error = None;
    merge_sort(&mut order, &mut |a, b| {
        if error.is_some() {
            return false;
        }
        match vm.less_than(&keys[b as usize], &keys[a as usize]) {
            Ok(r) => r,
            Err(e) => {
                error = Some(e);
                false
            }
        }
    });
    if reverse {
        order.reverse();
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    let items: Vec<Value> = order
        .iter()
        .filter_map(|&i| slots[i as usize].take())
        .collect();
    match error {
        Some(e) => Err((items, e)),
        None => Ok(items),
    }
}

/// Stable merge sort of positions; `greater(a, b)` says a must come after b. Runs of 16 are
/// sorted by insertion, then merged bottom-up through one scratch buffer. A comparison that is
/// not a total order (a Python `__lt__` may be anything) yields some permutation, never a panic.
fn merge_sort(v: &mut [u32], greater: &mut dyn FnMut(u32, u32) -> bool) {
    const RUN: usize = 16;
    let n = v.len();
    for run in v.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && greater(run[j - 1], run[j]) {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    if n <= RUN {
        return;
    }
    let mut scratch = vec![0u32; n];
    let mut width = RUN;
    let (mut from, mut to): (&mut [u32], &mut [u32]) = (v, &mut scratch);
    let mut in_scratch = false;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if greater(from[i], from[j]) {
                    to[k] = from[j];
                    j += 1;
                } else {
                    to[k] = from[i];
                    i += 1;
                }
                k += 1;
            }
            to[k..k + (mid - i)].copy_from_slice(&from[i..mid]);
            k += mid - i;
            to[k..k + (end - j)].copy_from_slice(&from[j..end]);
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        in_scratch = !in_scratch;
        width *= 2;
    }
    if in_scratch {
        to.copy_from_slice(from);
    }
}

/// `list(iterable)`
fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "list")?;
    args.check_count(vm, "list", 0, 1)?;
    match args.args.first() {
        None => Ok(Value::list(Vec::new())),
        Some(v) => Ok(Value::list(vm.collect(v)?)),
    }
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().list.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("sort", sort),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, "list", name, *f);
    }
}
