//! `_collections`: the native `deque` and its iterators, which `collections` re-exports.
//!
//! A deque is a `VecDeque` behind a `RefCell`. Every operation is atomic under the GIL, as
//! CPython's (`append` and `popleft` from several threads need no lock): no borrow is held while
//! Python code runs (comparisons, `repr` of items, iteration of an argument), items are cloned out
//! first. `state` counts mutations, so iterators and the comparing methods (`count`, `index`,
//! `remove`, `==`) raise CPython's "deque mutated during iteration" instead of reading a deque
//! that changed under them.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::objects::native::{self, NativeData, TypeSpec};
use crate::objects::traverse::Referent;
use crate::objects::{Args, ObjRef, PyResult, Value};
use crate::syntax::ast::CmpOp;
use crate::vm::Vm;

const DEQUE: &str = "collections.deque";

pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

impl Deque {
    fn new(items: VecDeque<Value>, maxlen: Option<usize>) -> Deque {
        Deque {
            items: RefCell::new(items),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    fn mutated(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Empty the deque; the items are dropped after the borrow ends (a `__del__` may read it).
    fn clear_items(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.mutated();
        drop(old);
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    fn push_back(&self, v: Value) {
        self.push(v, false);
    }

    fn push_front(&self, v: Value) {
        self.push(v, true);
    }

    /// Add `v` at one end; with a `maxlen` reached, the item at the other end falls off (and is
    /// dropped after the borrow ends: its `__del__` may read the deque).
    fn push(&self, v: Value, front: bool) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            match self.maxlen.get() {
                Some(0) => Some(v),
                maxlen => {
                    if front {
                        items.push_front(v);
                    } else {
                        items.push_back(v);
                    }
                    match maxlen {
                        Some(m) if items.len() > m && front => items.pop_back(),
                        Some(m) if items.len() > m => items.pop_front(),
                        _ => None,
                    }
                }
            }
        };
        self.mutated();
        drop(dropped);
    }
}

impl NativeData for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(Referent<'_>)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(|v| visit(Referent::Value(v)));
        }
    }

    fn clear_refs(&self) {
        let taken = self
            .items
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(taken);
    }

    fn weakrefable(&self) -> bool {
        true
    }
}

/// The iterator over a deque, forwards or backwards.
pub struct DequeIterator {
    deque: Value,
    index: Cell<usize>,
    remaining: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeData for DequeIterator {
    fn traverse(&self, visit: &mut dyn FnMut(Referent<'_>)) {
        visit(Referent::Value(&self.deque));
    }
}

fn deque_of(v: &Value) -> &Deque {
    native::downcast::<Deque>(v).expect("checked by `this`")
}

fn deque_type(vm: &mut Vm) -> ObjRef {
    native::type_object(vm, DEQUE, make_deque_type)
}

fn make_deque_type(vm: &mut Vm) -> ObjRef {
    let methods: &[(&'static str, crate::objects::class::NativeFn)] = &[
        ("__init__", init),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("rotate", rotate),
        ("__len__", len),
        ("__bool__", bool_),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__iadd__", iadd),
        ("__imul__", imul),
        ("__reduce__", reduce),
    ];
    let cls = native::new_type(
        vm,
        &TypeSpec {
            name: "deque",
            module: "collections",
            constructor: Some(construct),
            methods,
            subclassable: true,
            doc: Some("A list-like sequence optimized for data accesses near its endpoints."),
        },
    );
    crate::objects::class::add_getset(vm, &cls, "maxlen", get_maxlen);
    crate::stdlib::builtins::add_class_getitem(vm, &cls);
    let hash = vm.names().__hash__.clone();
    crate::vm::types::class_dict(&cls)
        .borrow_mut()
        .set_str(hash, Value::None);
    cls
}

fn make_iterator_type(vm: &mut Vm, name: &'static str) -> ObjRef {
    native::new_type(
        vm,
        &TypeSpec {
            name,
            module: "_collections",
            constructor: None,
            methods: &[
                ("__iter__", iterator_iter),
                ("__next__", iterator_next),
                ("__length_hint__", iterator_length_hint),
            ],
            subclassable: false,
            doc: None,
        },
    )
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("_collections");
    let deque = deque_type(vm);
    let name = vm.intern("deque");
    crate::vm::dict_set_str(&d, name, Value::Obj(deque));
    Ok(m)
}

/// Whether `v` is an integer to Python's index protocol (an int, or a type with `__index__`).
fn is_integer(vm: &mut Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.payload(), Some(crate::objects::Payload::BigInt(_)))
        || vm
            .lookup_special(v, &vm.names().__index__.clone())
            .is_some()
}

fn parse_maxlen(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if v.builtin_base().is_none() && !is_integer(vm, &v) {
                return Err(vm.type_error("an integer is required"));
            }
            let n = vm.to_index(&v).map_err(|e| {
                if vm.err_matches(&e, "IndexError") {
                    vm.overflow_error("Python int too large to convert to C ssize_t")
                } else {
                    e
                }
            })?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
    }
}

/// `deque(iterable=(), maxlen=None)`
fn construct(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = deque_type(vm);
    let made = native::new(&cls, Deque::new(VecDeque::new(), None));
    args.args.insert(0, made.clone());
    init(vm, args)?;
    Ok(made)
}

/// `deque.__init__(iterable=(), maxlen=None)`: clears, then fills (as CPython's).
fn init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    native::this::<Deque>(vm, &args, DEQUE, "__init__")?;
    let iterable_kw = args.take_kw("iterable");
    let maxlen_kw = args.take_kw("maxlen");
    args.no_kwargs(vm, "deque()")?;
    if args.args.len() > 3 {
        return Err(vm.type_error(format!(
            "deque expected at most 2 arguments, got {}",
            args.args.len() - 1
        )));
    }
    let iterable = iterable_kw.or_else(|| args.args.get(1).cloned());
    let maxlen = parse_maxlen(vm, maxlen_kw.or_else(|| args.args.get(2).cloned()))?;
    let this = args.args[0].clone();
    let d = deque_of(&this);
    d.maxlen.set(maxlen);
    d.clear_items();
    if let Some(it) = iterable {
        extend_from(vm, &this, &it, false)?;
    }
    Ok(Value::None)
}

fn get_maxlen(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    match native::downcast::<Deque>(this) {
        Some(d) => Ok(d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64))),
        None => Err(vm.type_error("descriptor 'maxlen' for 'collections.deque' objects")),
    }
}

fn one_arg<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    if args.kwargs.is_empty() && args.args.len() == 2 {
        return Ok(&args.args[1]);
    }
    args.no_kwargs(vm, &format!("deque.{}", name))?;
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "deque.{}() takes exactly one argument ({} given)",
            name,
            args.args.len().saturating_sub(1)
        )));
    }
    Ok(&args.args[1])
}

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwargs.is_empty() && args.args.len() == 1 {
        return Ok(());
    }
    args.no_kwargs(vm, &format!("deque.{}", name))?;
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "deque.{}() takes no arguments ({} given)",
            name,
            args.args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "append")?;
    let x = one_arg(vm, &args, "append")?.clone();
    d.push_back(x);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "appendleft")?;
    let x = one_arg(vm, &args, "appendleft")?.clone();
    d.push_front(x);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "pop")?;
    no_args(vm, &args, "pop")?;
    let v = d.items.borrow_mut().pop_back();
    match v {
        Some(v) => {
            d.mutated();
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "popleft")?;
    no_args(vm, &args, "popleft")?;
    let v = d.items.borrow_mut().pop_front();
    match v {
        Some(v) => {
            d.mutated();
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

/// Append every item of `iterable`, taken lazily as CPython does (a generator that reads the
/// deque sees the items appended so far).
fn extend_from(vm: &mut Vm, this: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    let d = deque_of(this);
    if native::downcast::<Deque>(iterable).is_some_and(|o| std::ptr::eq(o, d)) {
        for v in d.snapshot() {
            if left {
                d.push_front(v);
            } else {
                d.push_back(v);
            }
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        if left {
            d.push_front(v);
        } else {
            d.push_back(v);
        }
    }
    Ok(())
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    native::this::<Deque>(vm, &args, DEQUE, "extend")?;
    let it = one_arg(vm, &args, "extend")?.clone();
    extend_from(vm, &args.args[0], &it, false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    native::this::<Deque>(vm, &args, DEQUE, "extendleft")?;
    let it = one_arg(vm, &args, "extendleft")?.clone();
    extend_from(vm, &args.args[0], &it, true)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "clear")?;
    no_args(vm, &args, "clear")?;
    d.clear_items();
    Ok(Value::None)
}

/// `copy()`: a deque for a deque; a subclass is called as `type(d)(d, maxlen)`, as CPython's.
fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "copy")?;
    no_args(vm, &args, "copy")?;
    let this = &args.args[0];
    if this.builtin_base().is_some() {
        let cls = Value::Obj(vm.type_of(this));
        let maxlen = d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64));
        return vm.call(&cls, vec![this.clone(), maxlen]);
    }
    let cls = deque_type(vm);
    let items = d.items.borrow().clone();
    Ok(native::new(&cls, Deque::new(items, d.maxlen.get())))
}

/// Compare `x` with the items in `start..stop` in turn, raising if the deque changes meanwhile;
/// `on_equal` gets the position of each equal item and says whether to stop there.
fn scan_equal(
    vm: &mut Vm,
    d: &Deque,
    x: &Value,
    start: usize,
    stop: usize,
    mut on_equal: impl FnMut(usize) -> bool,
) -> PyResult<()> {
    let state = d.state.get();
    let mut i = start;
    while i < stop.min(d.len()) {
        let item = d.items.borrow()[i].clone();
        let equal = vm.eq(&item, x)?;
        if d.state.get() != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if equal && on_equal(i) {
            break;
        }
        i += 1;
    }
    Ok(())
}

/// The position of the first item equal to `x` in `start..stop`.
fn find(vm: &mut Vm, d: &Deque, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut found = None;
    scan_equal(vm, d, x, start, stop, |i| {
        found = Some(i);
        true
    })?;
    Ok(found)
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "count")?;
    let x = one_arg(vm, &args, "count")?.clone();
    let mut n = 0;
    scan_equal(vm, d, &x, 0, usize::MAX, |_| {
        n += 1;
        false
    })?;
    Ok(Value::Int(n))
}

/// A `start`/`stop` argument of `index`, clamped as CPython's slice indices are.
fn clamp_index(vm: &mut Vm, v: &Value, len: usize) -> PyResult<usize> {
    // Beyond 64 bits an index is clamped, as CPython's slice indices are.
    let i = match vm.to_index(v) {
        Ok(i) => i,
        Err(e) if vm.err_matches(&e, "IndexError") => {
            if vm.less_than(v, &Value::Int(0))? {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        Err(e) => return Err(e),
    };
    Ok(if i < 0 {
        i.saturating_add(len as i64).max(0) as usize
    } else {
        (i as usize).min(len)
    })
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "index")?;
    args.no_kwargs(vm, "deque.index")?;
    args.check_count(vm, "index", 2, 4)?;
    let x = args.args[1].clone();
    let len = d.len();
    let start = match args.args.get(2) {
        Some(v) => clamp_index(vm, v, len)?,
        None => 0,
    };
    let stop = match args.args.get(3) {
        Some(v) => clamp_index(vm, v, len)?,
        None => len,
    };
    match find(vm, d, &x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let shown = vm.repr(&x)?;
            Err(vm.value_error(format!("{} is not in deque", shown)))
        }
    }
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "insert")?;
    args.no_kwargs(vm, "deque.insert")?;
    args.check_count(vm, "insert", 3, 3)?;
    let i = vm.to_index(&args.args[1])?;
    let len = d.len();
    if d.maxlen.get() == Some(len) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if i < 0 {
        (i + len as i64).max(0) as usize
    } else {
        (i as usize).min(len)
    };
    d.items.borrow_mut().insert(at, args.args[2].clone());
    d.mutated();
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "remove")?;
    let x = one_arg(vm, &args, "remove")?.clone();
    let len = d.len();
    match find(vm, d, &x, 0, len)? {
        Some(i) => {
            let removed = d.items.borrow_mut().remove(i);
            d.mutated();
            drop(removed);
            Ok(Value::None)
        }
        None => {
            let shown = vm.repr(&x)?;
            Err(vm.value_error(format!("{} is not in deque", shown)))
        }
    }
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "reverse")?;
    no_args(vm, &args, "reverse")?;
    d.items.borrow_mut().make_contiguous().reverse();
    d.mutated();
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "rotate")?;
    args.no_kwargs(vm, "deque.rotate")?;
    args.check_count(vm, "rotate", 1, 2)?;
    let n = match args.args.get(1) {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    let len = d.len();
    if len > 1 {
        let k = n.rem_euclid(len as i64) as usize;
        d.items.borrow_mut().rotate_right(k);
        d.mutated();
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__bool__")?;
    Ok(Value::bool(d.len() > 0))
}

fn new_iterator(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<Value> {
    let name = if reverse { "__reversed__" } else { "__iter__" };
    let d = native::this::<Deque>(vm, args, DEQUE, name)?;
    let cls = if reverse {
        native::type_object(vm, "_collections._deque_reverse_iterator", |vm| {
            make_iterator_type(vm, "_deque_reverse_iterator")
        })
    } else {
        native::type_object(vm, "_collections._deque_iterator", |vm| {
            make_iterator_type(vm, "_deque_iterator")
        })
    };
    let len = d.len();
    Ok(native::new(
        &cls,
        DequeIterator {
            deque: args.args[0].clone(),
            index: Cell::new(0),
            remaining: Cell::new(len),
            state: d.state.get(),
            reverse,
        },
    ))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_iterator(vm, &args, false)
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_iterator(vm, &args, true)
}

fn iterator_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = native::this::<DequeIterator>(vm, &args, "_collections._deque_iterator", "__next__")?;
    let d = deque_of(&it.deque);
    if d.state.get() != it.state {
        it.remaining.set(0);
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    if it.remaining.get() == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    let i = it.index.get();
    let items = d.items.borrow();
    let at = if it.reverse { items.len() - 1 - i } else { i };
    let v = items[at].clone();
    drop(items);
    it.index.set(i + 1);
    it.remaining.set(it.remaining.get() - 1);
    Ok(v)
}

fn iterator_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = native::this::<DequeIterator>(
        vm,
        &args,
        "_collections._deque_iterator",
        "__length_hint__",
    )?;
    Ok(Value::Int(it.remaining.get() as i64))
}

/// A position for `d[i]`: ints only (no slices), negative from the end, bounds checked.
fn position(vm: &mut Vm, d: &Deque, index: &Value) -> PyResult<usize> {
    if !is_integer(vm, index) {
        let msg = format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(index)
        );
        return Err(vm.type_error(msg));
    }
    let i = vm.to_index(index)?;
    let len = d.len() as i64;
    let at = if i < 0 { i + len } else { i };
    if at < 0 || at >= len {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(at as usize)
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__getitem__")?;
    let index = one_arg(vm, &args, "__getitem__")?;
    let at = position(vm, d, index)?;
    let v = d.items.borrow()[at].clone();
    Ok(v)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__setitem__")?;
    args.check_count(vm, "__setitem__", 3, 3)?;
    let at = position(vm, d, &args.args[1])?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[at], args.args[2].clone());
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__delitem__")?;
    let index = one_arg(vm, &args, "__delitem__")?;
    let at = position(vm, d, index)?;
    let old = d.items.borrow_mut().remove(at);
    d.mutated();
    drop(old);
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__contains__")?;
    let x = one_arg(vm, &args, "__contains__")?.clone();
    let len = d.len();
    Ok(Value::bool(find(vm, d, &x, 0, len)?.is_some()))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__repr__")?;
    let this = &args.args[0];
    let name = crate::objects::class::class_data(&vm.type_of(this)).short_name();
    let key = this.id() as usize;
    if vm.repr_guard.contains(&key) {
        return Ok(Value::str("[...]"));
    }
    vm.repr_guard.push(key);
    let mut parts = Vec::with_capacity(d.len());
    let mut failed = None;
    for item in d.snapshot() {
        match vm.repr(&item) {
            Ok(s) => parts.push(s),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    vm.repr_guard.pop();
    if let Some(e) = failed {
        return Err(e);
    }
    Ok(Value::str(match d.maxlen.get() {
        Some(m) => format!("{}([{}], maxlen={})", name, parts.join(", "), m),
        None => format!("{}([{}])", name, parts.join(", ")),
    }))
}

/// Rich comparison of two deques, item by item as sequences compare.
fn compare(vm: &mut Vm, args: &Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, args, DEQUE, name)?;
    let other = one_arg(vm, args, name)?;
    let Some(o) = native::downcast::<Deque>(other) else {
        return Ok(vm.not_implemented());
    };
    let a = d.snapshot();
    let b = o.snapshot();
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && a.len() != b.len() {
        return Ok(Value::bool(op == CmpOp::NotEq));
    }
    for (x, y) in a.iter().zip(b.iter()) {
        if !vm.eq(x, y)? {
            return match op {
                CmpOp::Eq => Ok(Value::bool(false)),
                CmpOp::NotEq => Ok(Value::bool(true)),
                _ => vm.compare(x, y, op),
            };
        }
    }
    let (la, lb) = (a.len(), b.len());
    Ok(Value::bool(match op {
        CmpOp::Eq => true,
        CmpOp::NotEq => false,
        CmpOp::Lt => la < lb,
        CmpOp::LtE => la <= lb,
        CmpOp::Gt => la > lb,
        _ => la >= lb,
    }))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Eq, "__eq__")
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::NotEq, "__ne__")
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Lt, "__lt__")
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::LtE, "__le__")
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Gt, "__gt__")
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::GtE, "__ge__")
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__add__")?;
    let other = one_arg(vm, &args, "__add__")?;
    let Some(o) = native::downcast::<Deque>(other) else {
        let msg = format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(other)
        );
        return Err(vm.type_error(msg));
    };
    let mut items = d.items.borrow().clone();
    items.extend(o.snapshot());
    let made = Deque::new(VecDeque::new(), d.maxlen.get());
    for v in items {
        made.push_back(v);
    }
    let cls = deque_type(vm);
    Ok(native::new(&cls, made))
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<i64> {
    if !is_integer(vm, n) {
        let msg = format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        );
        return Err(vm.type_error(msg));
    }
    vm.to_index(n)
        .map_err(|_| vm.overflow_error("cannot fit 'int' into an index-sized integer"))
}

/// Repeat the items `n` times into `target`, keeping only what `maxlen` allows.
fn repeat_into(vm: &mut Vm, target: &Deque, items: &[Value], n: i64) -> PyResult<()> {
    if n <= 0 || items.is_empty() {
        return Ok(());
    }
    // With a maxlen only the last `maxlen` items survive: never build more than that.
    let total = (items.len() as u128) * (n as u128);
    let keep = match target.maxlen.get() {
        Some(m) => (m as u128).min(total),
        None => total,
    };
    if keep > (isize::MAX as u128) / 16 {
        return Err(vm.new_exception("MemoryError", ""));
    }
    let skip = (total - keep) as usize;
    let keep = keep as usize;
    let mut out = VecDeque::new();
    out.try_reserve(keep)
        .map_err(|_| vm.new_exception("MemoryError", ""))?;
    for k in skip..skip + keep {
        out.push_back(items[k % items.len()].clone());
    }
    let old = std::mem::replace(&mut *target.items.borrow_mut(), out);
    target.mutated();
    drop(old);
    Ok(())
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__mul__")?;
    let n = one_arg(vm, &args, "__mul__")?.clone();
    let n = repeat_count(vm, &n)?;
    let made = Deque::new(VecDeque::new(), d.maxlen.get());
    let items = d.snapshot();
    repeat_into(vm, &made, &items, n)?;
    let cls = deque_type(vm);
    Ok(native::new(&cls, made))
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    native::this::<Deque>(vm, &args, DEQUE, "__iadd__")?;
    let it = one_arg(vm, &args, "__iadd__")?.clone();
    extend_from(vm, &args.args[0], &it, false)?;
    Ok(args.args[0].clone())
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__imul__")?;
    let n = one_arg(vm, &args, "__imul__")?.clone();
    let n = repeat_count(vm, &n)?;
    let items = d.snapshot();
    if n <= 0 {
        d.clear_items();
    } else {
        repeat_into(vm, d, &items, n)?;
    }
    Ok(args.args[0].clone())
}

/// `__reduce__`: `(type(d), ((), maxlen), None, iter(d))`-like, as CPython's, for copy and pickle.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = native::this::<Deque>(vm, &args, DEQUE, "__reduce__")?;
    let this = &args.args[0];
    let cls = Value::Obj(vm.type_of(this));
    let maxlen = d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64));
    let ctor_args = Value::tuple(vec![Value::tuple(vec![]), maxlen]);
    let it = new_iterator(vm, &Args::new(vec![this.clone()]), false)?;
    Ok(Value::tuple(vec![cls, ctor_args, Value::None, it]))
}
