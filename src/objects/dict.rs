//! `dict`: an insertion-ordered hash table of our own, shaped like CPython's compact dict.
//!
//! Entries live in a dense vector in insertion order (a deleted entry leaves a hole that is
//! squeezed out on resize); a sparse index table maps hash probes to entry positions. Keys may
//! have `__hash__`/`__eq__` written in Python, which can run arbitrary code and raise, so the table
//! never calls into the VM while borrowed: a lookup compares built-in keys directly and, for a key
//! whose equality needs Python code, releases the borrow, calls `__eq__`, and restarts if the table
//! changed meanwhile (the `version` counter tells).
//!
//! Sets and frozensets reuse this table with `None` values.

use std::cell::RefCell;

use super::{PyResult, Value};
use crate::vm::Vm;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    indices: IndexTable,
    // u32 counts keep `Payload::Dict`, the largest payload, and so every object, at 80 bytes.
    len: u32,
    /// Bumped on every change (structure or value), so a lookup that ran Python code can notice,
    /// and cached global lookups know when to look again.
    pub version: u64,
}

/// The sparse index table: entry positions by probe slot. A table of up to 128 slots holds
/// positions below 86 (it grows at two thirds full), so it keeps them in bytes, as CPython's
/// `dk_indices` widens with the table: the table of a small dict (an instance's attributes) is
/// 8 bytes, not 32.
#[derive(Clone)]
enum IndexTable {
    Narrow(Box<[i8]>),
    Wide(Box<[i32]>),
}

impl Default for IndexTable {
    fn default() -> Self {
        IndexTable::Narrow(Box::new([]))
    }
}

impl IndexTable {
    fn new(size: usize) -> IndexTable {
        if size <= 128 {
            IndexTable::Narrow(vec![EMPTY as i8; size].into_boxed_slice())
        } else {
            IndexTable::Wide(vec![EMPTY; size].into_boxed_slice())
        }
    }

    #[inline(always)]
    fn len(&self) -> usize {
        match self {
            IndexTable::Narrow(t) => t.len(),
            IndexTable::Wide(t) => t.len(),
        }
    }

    #[inline(always)]
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline(always)]
    fn get(&self, i: usize) -> i32 {
        match self {
            IndexTable::Narrow(t) => t[i] as i32,
            IndexTable::Wide(t) => t[i],
        }
    }

    #[inline(always)]
    fn set(&mut self, i: usize, v: i32) {
        match self {
            IndexTable::Narrow(t) => t[i] = v as i8,
            IndexTable::Wide(t) => t[i] = v,
        }
    }
}

/// What a probe found without calling Python code.
enum Probe {
    Found(usize),
    /// Not present: the index slot where it would go.
    Missing(usize),
    /// A candidate whose equality needs `__eq__`: (entry position, its key).
    Ask(usize, Value),
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict::default();
        if n > 0 {
            d.entries.reserve_exact(n);
            d.indices = IndexTable::new((n * 3 / 2 + 1).next_power_of_two().max(8));
        }
        d
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn probe(&self, hash: i64, key: &Value, skip: usize) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing(0);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_dummy = None;
        let mut asked = 0;
        loop {
            let ix = self.indices.get(i);
            if ix == EMPTY {
                return Probe::Missing(first_dummy.unwrap_or(i));
            }
            if ix == DUMMY {
                first_dummy.get_or_insert(i);
            } else {
                let e = self.entries[ix as usize]
                    .as_ref()
                    .expect("index points at a live entry");
                if e.hash == hash {
                    if e.key.is(key) {
                        return Probe::Found(ix as usize);
                    }
                    match builtin_eq(&e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => {
                            if asked >= skip {
                                return Probe::Ask(ix as usize, e.key.clone());
                            }
                            asked += 1;
                        }
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    /// The entry position of `key`, or the index slot it would take, without calling Python code;
    /// `None` when the answer needs `__eq__`.
    pub fn find_builtin(&self, hash: i64, key: &Value) -> Option<Result<usize, usize>> {
        match self.probe(hash, key, 0) {
            Probe::Found(i) => Some(Ok(i)),
            Probe::Missing(slot) => Some(Err(slot)),
            Probe::Ask(..) => None,
        }
    }

    /// Look up a string key (attribute and global names): no Python code can run.
    ///
    /// The hottest probe of all (every instance attribute, every global on a cache miss), so it
    /// is `probe` trimmed to what a string key needs: identity first (names are interned), then
    /// built-in equality; a key whose equality needs Python code cannot match a plain string
    /// here and is passed over, as `probe` with an unlimited skip would.
    #[inline]
    pub fn get_str(&self, key: &Value) -> Option<&Value> {
        let hash = key.as_pystr()?.hash();
        let pos = self.find_str(hash, key)?;
        self.entries[pos].as_ref().map(|e| &e.value)
    }

    /// The entry position of a string key (see `get_str`): stable until the dict's version
    /// changes, so a cache can keep it instead of the value.
    #[inline]
    pub fn find_str(&self, hash: i64, key: &Value) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices.get(i);
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash && (e.key.is(key) || builtin_eq(&e.key, key) == Some(true)) {
                        return Some(ix as usize);
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    pub fn value_at_mut(&mut self, i: usize) -> Option<&mut Value> {
        self.version += 1;
        self.entries
            .get_mut(i)
            .and_then(|e| e.as_mut())
            .map(|e| &mut e.value)
    }

    /// Insert at a slot found by `probe`/`find_builtin` as missing.
    fn insert_new(&mut self, slot: usize, hash: i64, key: Value, value: Value) {
        // The entry vector, holes included, bounds the table (CPython's `dk_usable`): a new entry
        // always takes a fresh position, even when it reuses a DUMMY slot, so delete-and-insert
        // cycles must resize (and squeeze) too, or positions outgrow what the index can hold.
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize(self.len as usize * 2 + 1);
            // The slot moved: find it again in the new table (no equal key exists).
            let slot = unreachable_slot_or_dummy(self, hash);
            return self.place(slot, hash, key, value);
        }
        self.place(slot, hash, key, value)
    }

    fn place(&mut self, slot: usize, hash: i64, key: Value, value: Value) {
        self.indices.set(slot, self.entries.len() as i32);
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        self.version += 1;
    }

    fn resize(&mut self, min_len: usize) {
        let mut size = 8;
        while size * 2 <= min_len * 3 {
            size *= 2;
        }
        self.entries.retain(|e| e.is_some());
        self.indices = IndexTable::new(size);
        let mask = size - 1;
        for (pos, e) in self.entries.iter().enumerate() {
            let hash = e.as_ref().map(|e| e.hash).unwrap_or(0);
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            while self.indices.get(i) != EMPTY {
                i = next_slot(i, &mut perturb, mask);
            }
            self.indices.set(i, pos as i32);
        }
        self.version += 1;
    }

    /// Insert or overwrite a key whose equality is built in (str, int, ...): no Python code runs.
    /// Returns false (and changes nothing) if the key needs `__eq__`.
    pub fn set_builtin(&mut self, hash: i64, key: Value, value: Value) -> bool {
        match self.probe(hash, &key, 0) {
            Probe::Found(i) => {
                if let Some(e) = self.entries[i].as_mut() {
                    e.value = value;
                }
                // Overwrites count too: cached global lookups key on the version.
                self.version += 1;
                true
            }
            Probe::Missing(slot) => {
                self.insert_new(slot, hash, key, value);
                true
            }
            Probe::Ask(..) => false,
        }
    }

    /// Set a string-keyed item (namespaces, attribute dicts).
    pub fn set_str(&mut self, key: Value, value: Value) {
        let hash = key.as_pystr().map(|s| s.hash()).unwrap_or(0);
        self.set_builtin(hash, key, value);
    }

    fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let e = self.entries[pos].take()?;
        let mask = self.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        while self.indices.get(i) != pos as i32 {
            i = next_slot(i, &mut perturb, mask);
        }
        self.indices.set(i, DUMMY);
        self.len -= 1;
        self.version += 1;
        Some(e)
    }

    pub fn remove_str(&mut self, key: &Value) -> Option<Value> {
        let hash = key.as_pystr()?.hash();
        match self.probe(hash, key, usize::MAX) {
            Probe::Found(i) => self.remove_at(i).map(|e| e.value),
            _ => None,
        }
    }

    pub fn clear(&mut self) {
        *self = Dict {
            version: self.version + 1,
            ..Dict::default()
        };
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// The raw position just past the last entry slot: iterators walk positions so that they can
    /// survive (and detect) mutation.
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    /// Remove and return the last inserted entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(pos)
    }

    /// Remove and return the first entry (`set.pop`).
    pub fn pop_first(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().position(|e| e.is_some())?;
        self.remove_at(pos)
    }
}

/// Payloads whose equality compares contents (left to `Vm::eq`), not identity.
fn compares_by_value(p: &super::Payload) -> bool {
    use super::Payload as P;
    matches!(
        p,
        P::List(_)
            | P::Dict(_)
            | P::Set(_)
            | P::Range(_)
            | P::DictView(..)
            | P::Slice(..)
            | P::Method(..)
            | P::WeakRef(_)
            | P::BigInt(_)
            | P::Complex(_)
            | P::ByteArray(_)
            | P::MemoryView(_)
    )
}

/// Equality of two keys when it needs no Python code; `None` when one of them may define `__eq__`.
pub fn builtin_eq(a: &Value, b: &Value) -> Option<bool> {
    use super::Payload as P;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        // Beyond 2**53 an int may not convert to a float exactly: the VM compares those.
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x))
            if x.unsigned_abs() <= 1 << 53 =>
        {
            Some(*x as f64 == y.get())
        }
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => None,
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(x.get() as i64 as f64 == y.get())
        }
        (Value::Float(x), Value::Float(y)) => Some(x.get() == y.get()),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => {
            Some(x.get() as i64 == *y)
        }
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (P::Str(s), P::Str(t)) => Some(s.as_str() == t.as_str()),
            (P::BigInt(s), P::BigInt(t)) => Some(s == t),
            (P::Bytes(s), P::Bytes(t)) => Some(s == t),
            (P::Tuple(s), P::Tuple(t)) => {
                if s.len() != t.len() {
                    return Some(false);
                }
                for (p, q) in s.iter().zip(t) {
                    if p.is(q) {
                        continue;
                    }
                    match builtin_eq(p, q) {
                        Some(true) => {}
                        other => return other,
                    }
                }
                Some(true)
            }
            (P::Instance(_), _) | (_, P::Instance(_)) => None,
            (P::Class(_), P::Class(_)) => Some(crate::objects::ObjRef::ptr_eq(x, y)),
            (P::FrozenSet(_), _) | (_, P::FrozenSet(_)) => None,
            (p, q) if compares_by_value(p) || compares_by_value(q) => None,
            _ => Some(crate::objects::ObjRef::ptr_eq(x, y)),
        },
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match &o.payload {
            // Numbers of different types can be equal (2**64 == 2.0**64, 1+0j == 1).
            P::Instance(_) | P::BigInt(_) | P::Complex(_) => None,
            _ => Some(false),
        },
        _ => Some(false),
    }
}

/// Find `key` in the dict held by `cell`, calling `__eq__` as needed; returns its entry position.
pub fn lookup(
    vm: &mut Vm,
    cell: &RefCell<Dict>,
    key: &Value,
    hash: i64,
) -> PyResult<Option<usize>> {
    let mut skip = 0;
    loop {
        let (version, candidate) = {
            let d = cell.borrow();
            match d.probe(hash, key, skip) {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Missing(_) => return Ok(None),
                Probe::Ask(i, k) => (d.version, (i, k)),
            }
        };
        let equal = vm.eq(&candidate.1, key)?;
        if cell.borrow().version != version {
            // The table changed under us (the `__eq__` mutated it): start over, as CPython does.
            skip = 0;
            continue;
        }
        if equal {
            return Ok(Some(candidate.0));
        }
        skip += 1;
    }
}

pub fn get(vm: &mut Vm, cell: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    Ok(lookup(vm, cell, key, hash)?
        .and_then(|i| cell.borrow().entry_at(i).map(|e| e.value.clone())))
}

pub fn contains(vm: &mut Vm, cell: &RefCell<Dict>, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    Ok(lookup(vm, cell, key, hash)?.is_some())
}

pub fn set(vm: &mut Vm, cell: &RefCell<Dict>, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    if cell
        .borrow_mut()
        .set_builtin(hash, key.clone(), value.clone())
    {
        return Ok(());
    }
    match lookup(vm, cell, &key, hash)? {
        Some(i) => {
            if let Some(v) = cell.borrow_mut().value_at_mut(i) {
                *v = value;
            }
        }
        None => {
            let mut d = cell.borrow_mut();
            let slot = unreachable_slot_or_dummy(&d, hash);
            d.insert_new(slot, hash, key, value);
        }
    }
    Ok(())
}

/// The next index slot on a probe path: CPython's recurrence, which mixes in the hash's high
/// bits (`perturb`) so that keys sharing low bits part ways.
#[inline(always)]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

/// Where a key known to be absent goes: the first dummy or empty slot on its probe path.
fn unreachable_slot_or_dummy(d: &Dict, hash: i64) -> usize {
    if d.indices.is_empty() {
        return 0;
    }
    let mask = d.indices.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    while d.indices.get(i) >= 0 {
        i = next_slot(i, &mut perturb, mask);
    }
    i
}

pub fn remove(vm: &mut Vm, cell: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    match lookup(vm, cell, key, hash)? {
        Some(i) => Ok(cell.borrow_mut().remove_at(i).map(|e| e.value)),
        None => Ok(None),
    }
}

// ----- the `dict` type's methods ------------------------------------------------------------

use super::class::NativeFn;
use super::{Args, Payload};

fn this(args: &Args) -> Option<&RefCell<Dict>> {
    match args.args.first()?.payload()? {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

fn self_dict<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a RefCell<Dict>> {
    match this(args) {
        Some(d) => Ok(d),
        None => Err(vm.type_error(format!(
            "descriptor '{}' for 'dict' objects doesn't apply to this object",
            name
        ))),
    }
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "get")?;
    args.check_count(vm, "get", 2, 3)?;
    Ok(get(vm, d, &args.args[1])?
        .unwrap_or_else(|| args.args.get(2).cloned().unwrap_or(Value::None)))
}

fn view(args: &Args, kind: super::iter::DictViewKind) -> Value {
    match args.args.first() {
        Some(Value::Obj(o)) => Value::obj(Payload::DictView(o.clone(), kind)),
        _ => Value::None,
    }
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_dict(vm, &args, "keys")?;
    Ok(view(&args, super::iter::DictViewKind::Keys))
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_dict(vm, &args, "values")?;
    Ok(view(&args, super::iter::DictViewKind::Values))
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_dict(vm, &args, "items")?;
    Ok(view(&args, super::iter::DictViewKind::Items))
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "pop")?;
    args.check_count(vm, "pop", 2, 3)?;
    match remove(vm, d, &args.args[1])? {
        Some(v) => Ok(v),
        None => match args.args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args.args[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "popitem")?;
    let e = d.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(vm.new_exception("KeyError", "popitem(): dictionary is empty")),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "setdefault")?;
    args.check_count(vm, "setdefault", 2, 3)?;
    let default = args.args.get(2).cloned().unwrap_or(Value::None);
    if let Some(v) = get(vm, d, &args.args[1])? {
        return Ok(v);
    }
    set(vm, d, args.args[1].clone(), default.clone())?;
    Ok(default)
}

/// `dict.update(other, **kw)` and the constructor's argument handling.
pub fn update_from(
    vm: &mut Vm,
    d: &RefCell<Dict>,
    source: Option<&Value>,
    kwargs: &[(Value, Value)],
) -> PyResult<()> {
    if let Some(src) = source {
        match src.payload() {
            Some(Payload::Dict(other)) => {
                let items = other.borrow().items();
                for (k, v) in items {
                    set(vm, d, k, v)?;
                }
            }
            _ => {
                let keys_name = vm.intern("keys");
                if vm.getattr_opt(src, &keys_name)?.is_some() {
                    let keys = vm.call_method(src, "keys", vec![])?;
                    for k in vm.collect(&keys)? {
                        let v = vm.getitem(src, &k)?;
                        set(vm, d, k, v)?;
                    }
                } else {
                    let it = vm.iter(src)?;
                    let mut i = 0;
                    while let Some(item) = vm.next(&it)? {
                        let pair = match vm.collect(&item) {
                            Ok(p) => p,
                            Err(_) => {
                                let msg = format!("cannot convert dictionary update sequence element #{} to a sequence", i);
                                return Err(vm.type_error(msg));
                            }
                        };
                        if pair.len() != 2 {
                            let msg = format!("dictionary update sequence element #{} has length {}; 2 is required", i, pair.len());
                            return Err(vm.value_error(msg));
                        }
                        let mut pair = pair.into_iter();
                        let (k, v) = (
                            pair.next().unwrap_or(Value::None),
                            pair.next().unwrap_or(Value::None),
                        );
                        set(vm, d, k, v)?;
                        i += 1;
                    }
                }
            }
        }
    }
    for (k, v) in kwargs {
        set(vm, d, k.clone(), v.clone())?;
    }
    Ok(())
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "update")?;
    args.check_count(vm, "update", 1, 2)?;
    update_from(vm, d, args.args.get(1), &args.kwargs)?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "copy")?;
    Ok(Value::dict(d.borrow().clone()))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_dict(vm, &args, "clear")?;
    let old = std::mem::take(&mut *d.borrow_mut());
    d.borrow_mut().version = old.version + 1;
    drop(old);
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "fromkeys", 2, 3)?;
    let value = args.args.get(2).cloned().unwrap_or(Value::None);
    let out = Value::dict(Dict::new());
    if let Some(Payload::Dict(d)) = out.payload() {
        for k in vm.collect(&args.args[1])? {
            set(vm, d, k, value.clone())?;
        }
    }
    Ok(out)
}

fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "dict", 0, 1)?;
    let out = Value::dict(Dict::new());
    if let Some(Payload::Dict(d)) = out.payload() {
        update_from(vm, d, args.args.first(), &args.kwargs)?;
    }
    Ok(out)
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().dict.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("get", dict_get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("pop", pop),
        ("popitem", popitem),
        ("setdefault", setdefault),
        ("update", update),
        ("copy", copy),
        ("clear", clear),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, "dict", name, *f);
    }
    let f = Value::obj(Payload::ClassMethod(Value::obj(Payload::BuiltinFunction(
        super::BuiltinFunction {
            name: "fromkeys",
            owner: "dict",
            func: fromkeys,
            bound: None,
            wants_caller: false,
        },
    ))));
    crate::vm::types::class_dict(&cls)
        .borrow_mut()
        .set_str(vm.intern("fromkeys"), f);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    #[test]
    fn keeps_insertion_order_across_resizes_and_deletes() {
        let mut d = Dict::new();
        for i in 0..100 {
            assert!(d.set_builtin(i, Value::Int(i), Value::Int(i * 2)));
        }
        for i in (0..100).step_by(2) {
            let hash = i;
            if let Some(Ok(pos)) = d.find_builtin(hash, &Value::Int(i)) {
                d.remove_at(pos);
            }
        }
        assert_eq!(d.len(), 50);
        let keys: Vec<i64> = d
            .keys()
            .iter()
            .map(|k| if let Value::Int(i) = k { *i } else { -1 })
            .collect();
        assert_eq!(keys, (1..100).step_by(2).collect::<Vec<_>>());
    }

    #[test]
    fn delete_and_reinsert_cycles_stay_within_the_index() {
        // Each reinsert takes a fresh entry position; the table must squeeze the holes out
        // before positions pass what a narrow (byte) index holds.
        for size in [1i64, 5, 80, 200] {
            let mut d = Dict::new();
            for i in 0..size {
                d.set_builtin(i, Value::Int(i), Value::Int(i));
            }
            for n in 0..5000 {
                let k = n % size;
                if let Some(Ok(pos)) = d.find_builtin(k, &Value::Int(k)) {
                    d.remove_at(pos);
                }
                assert!(d.set_builtin(k, Value::Int(k), Value::Int(n)));
            }
            assert_eq!(d.len(), size as usize);
            assert!(d.entries.len() * 3 < d.indices.len() * 2 + 3);
        }
    }

    #[test]
    fn string_keys_overwrite_in_place() {
        let mut d = Dict::new();
        d.set_str(s("a"), Value::Int(1));
        d.set_str(s("b"), Value::Int(2));
        d.set_str(s("a"), Value::Int(3));
        assert_eq!(d.len(), 2);
        assert!(matches!(d.get_str(&s("a")), Some(Value::Int(3))));
        assert_eq!(d.keys()[0].as_str(), Some("a"));
        assert!(d.remove_str(&s("a")).is_some());
        assert!(d.get_str(&s("a")).is_none());
    }

    #[test]
    fn colliding_hashes_are_told_apart_by_equality() {
        let mut d = Dict::new();
        for i in 0..20 {
            d.set_builtin(7, Value::Int(i), Value::Int(i));
        }
        assert_eq!(d.len(), 20);
        assert!(matches!(d.find_builtin(7, &Value::Int(13)), Some(Ok(13))));
        assert!(matches!(d.find_builtin(7, &Value::Int(99)), Some(Err(_))));
    }

    #[test]
    fn pop_last_and_first() {
        let mut d = Dict::new();
        for i in 0..5 {
            d.set_builtin(i, Value::Int(i), Value::None);
        }
        assert!(matches!(d.pop_last().map(|e| e.key), Some(Value::Int(4))));
        assert!(matches!(d.pop_first().map(|e| e.key), Some(Value::Int(0))));
        assert_eq!(d.len(), 3);
    }
}
