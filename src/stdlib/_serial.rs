//! `_serial`: how objects cross processes. `dumps(obj) -> bytes`, `loads(data) -> obj` and the
//! exception `SerialError`. `multiprocessing` sends every argument, result and queue item through
//! it. The format is gilt's own (not pickle's) but follows pickle's model: a program for a small
//! stack machine, with a memo so shared references and cycles come back as they were.
//!
//! Invariants:
//! - Neither direction recurses in Rust per level of nesting: the writer keeps an explicit task
//!   stack, the reader is one loop over opcodes with a value stack, so 100 000 nested lists cost
//!   heap, not Rust stack. Python hooks (`__reduce__`, `__getstate__`) run as ordinary calls, and
//!   the number of objects whose hook results are still being written is capped
//!   (`MAX_HOOK_NESTING`), which turns a `__reduce__` that returns itself forever into a
//!   RecursionError, as pickle's recursion does.
//! - Writer and reader number memo entries the same way: every opcode marked "memo" below adds the
//!   object it creates to the memo, in order, on both sides. The writer keeps every memoized object
//!   alive until it finishes, so an address is never reused by a temporary within one `dumps`.
//! - The reader trusts nothing: every length is checked against the bytes left before anything is
//!   allocated, every count against the stack, every memo index against the memo; bad data raises
//!   `SerialError` (`EOFError` for empty input, as pickle), never panics.
//!
//! ## Format, version 1
//!
//! `MAGIC` (0xC7), `VERSION` (1), then opcodes, ending with `STOP`. Integers written `varint` are
//! unsigned LEB128 (at most 10 bytes); `zigzag` is a signed i64 mapped to unsigned first. Stack
//! effects are written `(before -- after)`.
//!
//! | byte | opcode | operands | effect |
//! |---|---|---|---|
//! | 0x00 | STOP | | `(x --)` end of data; `x` is the result |
//! | 0x01 | NONE | | `(-- None)` |
//! | 0x02 | FALSE, 0x03 TRUE | | `(-- bool)` |
//! | 0x04 | ELLIPSIS, 0x05 NOT_IMPLEMENTED | | `(-- singleton)` |
//! | 0x06 | INT | zigzag | `(-- int)` |
//! | 0x07 | BIGINT | varint n, n bytes | `(-- int)` two's complement, little-endian; memo |
//! | 0x08 | FLOAT | 8 bytes | `(-- float)` IEEE bits, little-endian (NaN payloads, -0.0 kept) |
//! | 0x09 | STR | varint n, n bytes | `(-- str)` UTF-8; memo |
//! | 0x0A | BYTES | varint n, n bytes | `(-- bytes)` memo |
//! | 0x10 | EMPTY_LIST, 0x11 EMPTY_DICT, 0x12 EMPTY_SET | | `(-- obj)` memo |
//! | 0x13 | APPEND | varint n | `(list x1..xn -- list)` |
//! | 0x14 | SETITEMS | varint n | `(dict k1 v1..kn vn -- dict)` |
//! | 0x15 | ADD | varint n | `(set x1..xn -- set)` |
//! | 0x16 | TUPLE | varint n | `(x1..xn -- tuple)` memo |
//! | 0x17 | FROZENSET | varint n | `(x1..xn -- frozenset)` memo |
//! | 0x18 | SLICE | | `(start stop step -- slice)` memo |
//! | 0x19 | RANGE | 3 zigzag | `(-- range)` memo |
//! | 0x20 | GET | varint i | `(-- memo[i])` |
//! | 0x21 | POP | varint n | `(x1..xn --)` (an object finished by a nested visit: drop its parts) |
//! | 0x30 | GLOBAL | varint n, module; varint m, qualname | `(-- obj)` import, walk; memo |
//! | 0x31 | REDUCE | | `(callable args -- callable(*args))` memo |
//! | 0x32 | NEWOBJ | | `(cls -- cls.__new__(cls))` memo |
//! | 0x33 | SUBCLASS | | `(cls base -- instance)` a Python subclass of a built-in type; memo |
//! | 0x34 | BUILD | | `(obj state -- obj)` `obj.__setstate__(state)`, else `__dict__` update |
//!
//! A tuple, frozenset, slice, reduce or subclass instance is created after its parts. If writing
//! the parts already wrote the object itself (a cycle through a mutable container), the writer
//! drops the parts with POP and fetches the finished object with GET, as pickle does.

use std::collections::HashMap;

use num_bigint::BigInt;

use crate::objects::class::{class_data, is_subclass, Instance, TypeKind};
use crate::objects::{dict, set, Args, Dict, Payload, PyErr, PyResult, Value};
use crate::vm::Vm;

const MAGIC: u8 = 0xC7;
const VERSION: u8 = 1;

mod op {
    pub const STOP: u8 = 0x00;
    pub const NONE: u8 = 0x01;
    pub const FALSE: u8 = 0x02;
    pub const TRUE: u8 = 0x03;
    pub const ELLIPSIS: u8 = 0x04;
    pub const NOT_IMPLEMENTED: u8 = 0x05;
    pub const INT: u8 = 0x06;
    pub const BIGINT: u8 = 0x07;
    pub const FLOAT: u8 = 0x08;
    pub const STR: u8 = 0x09;
    pub const BYTES: u8 = 0x0A;
    pub const EMPTY_LIST: u8 = 0x10;
    pub const EMPTY_DICT: u8 = 0x11;
    pub const EMPTY_SET: u8 = 0x12;
    pub const APPEND: u8 = 0x13;
    pub const SETITEMS: u8 = 0x14;
    pub const ADD: u8 = 0x15;
    pub const TUPLE: u8 = 0x16;
    pub const FROZENSET: u8 = 0x17;
    pub const SLICE: u8 = 0x18;
    pub const RANGE: u8 = 0x19;
    pub const GET: u8 = 0x20;
    pub const POP: u8 = 0x21;
    pub const GLOBAL: u8 = 0x30;
    pub const REDUCE: u8 = 0x31;
    pub const NEWOBJ: u8 = 0x32;
    pub const SUBCLASS: u8 = 0x33;
    pub const BUILD: u8 = 0x34;
}

/// Objects whose `__reduce__`/`__getstate__` results are still being written, at most. Only a
/// hook that keeps returning new work (`__reduce__` returning the object itself) gets near it;
/// CPython stops such a case at its recursion limit (1000 by default).
const MAX_HOOK_NESTING: usize = 50_000;

// ----- the module ---------------------------------------------------------------------------

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("_serial");
    vm.add_function(&d, "_serial", "dumps", dumps);
    vm.add_function(&d, "_serial", "loads", loads);
    crate::stdlib::import::exec_module_source(vm, SERIAL_SOURCE, "<gilt:_serial>", &d)?;
    Ok(m)
}

/// Written in gilt so the class gets `__module__ = '_serial'` and a normal qualname.
const SERIAL_SOURCE: &str = "
class SerialError(Exception):
    '''Raised when an object cannot be serialized or serial data cannot be read.'''
";

fn dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "dumps")?;
    args.check_count(vm, "dumps", 1, 1)?;
    let bytes = Writer::new().run(vm, args.args[0].clone())?;
    Ok(Value::obj(Payload::Bytes(bytes)))
}

fn loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "loads")?;
    args.check_count(vm, "loads", 1, 1)?;
    let data = crate::objects::buffer::expect_bytes_like(vm, &args.args[0])?.into_owned();
    Reader::new(&data).run(vm)
}

/// A `_serial.SerialError` with `msg`.
fn serial_error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let msg: String = msg.into();
    let cls = crate::stdlib::import::import_module(vm, "_serial")
        .ok()
        .and_then(|m| vm.module_dict(&m))
        .and_then(|d| crate::vm::dict_get_str(&d, &vm.intern("SerialError")));
    match cls {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => {
            PyErr(crate::vm::make_exception(c, vec![Value::str(msg)]))
        }
        // The module's class was deleted by a script: still an Exception with the message.
        _ => vm.new_exception("Exception", msg),
    }
}

// ----- writing --------------------------------------------------------------------------------

/// What is left to write, innermost last.
enum Task {
    Save(Value),
    /// Write a bare opcode (BUILD after a state, APPEND n after a list's items...).
    Op(u8, Option<usize>),
    /// The parts of `obj` are written: create it with `op` (TUPLE n, FROZENSET n, SLICE, REDUCE,
    /// SUBCLASS), unless a nested visit already did; then write `state` and BUILD, if any.
    Finish {
        obj: Value,
        op: u8,
        count: Option<usize>,
        parts: usize,
        state: Option<Value>,
    },
    /// The class of a NEWOBJ instance is written: create it, then write its state.
    FinishNewObj {
        obj: Value,
        state: Option<Value>,
    },
    /// The objects a Python hook returned are written.
    HookDone,
}

struct Writer {
    out: Vec<u8>,
    /// Object address -> memo index, with the object kept alive (see the module invariants).
    memo: HashMap<usize, (usize, Value)>,
    next_memo: usize,
    tasks: Vec<Task>,
    hooks_in_progress: usize,
}

fn address(o: &crate::objects::ObjRef) -> usize {
    crate::objects::ObjRef::as_ptr(o) as *const u8 as usize
}

/// The object a REDUCE / NEWOBJ / SUBCLASS rebuilds, and from what.
enum Plan {
    Reduce {
        callable: Value,
        args: Value,
        state: Option<Value>,
    },
    NewObj {
        cls: Value,
        state: Option<Value>,
    },
    Subclass {
        cls: Value,
        base: Value,
        state: Option<Value>,
    },
    Global {
        module: String,
        qualname: String,
    },
}

impl Writer {
    fn new() -> Writer {
        Writer {
            out: vec![MAGIC, VERSION],
            memo: HashMap::new(),
            next_memo: 0,
            tasks: Vec::new(),
            hooks_in_progress: 0,
        }
    }

    fn run(mut self, vm: &mut Vm, obj: Value) -> PyResult<Vec<u8>> {
        self.tasks.push(Task::Save(obj));
        while let Some(task) = self.tasks.pop() {
            match task {
                Task::Save(v) => self.save(vm, v)?,
                Task::Op(code, count) => {
                    self.out.push(code);
                    if let Some(n) = count {
                        self.varint(n as u64);
                    }
                }
                Task::Finish {
                    obj,
                    op,
                    count,
                    parts,
                    state,
                } => {
                    if self.fetch_if_memoized(&obj, parts) {
                        continue;
                    }
                    self.out.push(op);
                    if let Some(n) = count {
                        self.varint(n as u64);
                    }
                    self.memoize(&obj);
                    self.schedule_state(state);
                }
                Task::FinishNewObj { obj, state } => {
                    if self.fetch_if_memoized(&obj, 1) {
                        continue;
                    }
                    self.out.push(op::NEWOBJ);
                    self.memoize(&obj);
                    self.schedule_state(state);
                }
                Task::HookDone => self.hooks_in_progress -= 1,
            }
        }
        self.out.push(op::STOP);
        Ok(self.out)
    }

    fn schedule_state(&mut self, state: Option<Value>) {
        if let Some(state) = state {
            self.tasks.push(Task::Op(op::BUILD, None));
            self.tasks.push(Task::Save(state));
        }
    }

    /// A nested visit already created `obj`: drop its `parts` from the stack and GET it.
    fn fetch_if_memoized(&mut self, obj: &Value, parts: usize) -> bool {
        let Some(o) = obj.as_obj() else { return false };
        let Some(&(index, _)) = self.memo.get(&address(o)) else {
            return false;
        };
        if parts > 0 {
            self.out.push(op::POP);
            self.varint(parts as u64);
        }
        self.out.push(op::GET);
        self.varint(index as u64);
        true
    }

    fn memoize(&mut self, obj: &Value) {
        if let Some(o) = obj.as_obj() {
            self.memo.insert(address(o), (self.next_memo, obj.clone()));
        }
        self.next_memo += 1;
    }

    fn varint(&mut self, mut n: u64) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }

    fn zigzag(&mut self, i: i64) {
        self.varint(((i << 1) ^ (i >> 63)) as u64);
    }

    fn blob(&mut self, code: u8, bytes: &[u8]) {
        self.out.push(code);
        self.varint(bytes.len() as u64);
        self.out.extend_from_slice(bytes);
    }

    /// Push `items` so they are written in order, after which `then` runs.
    fn schedule_items(&mut self, then: Task, items: Vec<Value>) {
        self.tasks.push(then);
        self.tasks.extend(items.into_iter().rev().map(Task::Save));
    }

    fn save(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let o = match &v {
            Value::None => {
                self.out.push(op::NONE);
                return Ok(());
            }
            Value::Bool(b) => {
                self.out.push(if b.get() { op::TRUE } else { op::FALSE });
                return Ok(());
            }
            Value::Int(i) => {
                self.out.push(op::INT);
                self.zigzag(*i);
                return Ok(());
            }
            Value::Float(f) => {
                self.out.push(op::FLOAT);
                self.out.extend_from_slice(&f.get().to_bits().to_le_bytes());
                return Ok(());
            }
            Value::Obj(o) => o.clone(),
        };
        if let Some(&(index, _)) = self.memo.get(&address(&o)) {
            self.out.push(op::GET);
            self.varint(index as u64);
            return Ok(());
        }
        match &o.payload {
            Payload::Str(s) => {
                self.blob(op::STR, s.as_str().as_bytes());
                self.memoize(&v);
            }
            Payload::Bytes(b) => {
                self.blob(op::BYTES, b);
                self.memoize(&v);
            }
            Payload::BigInt(n) => {
                self.blob(op::BIGINT, &n.to_signed_bytes_le());
                self.memoize(&v);
            }
            Payload::Ellipsis => self.out.push(op::ELLIPSIS),
            Payload::NotImplemented => self.out.push(op::NOT_IMPLEMENTED),
            Payload::List(items) => {
                self.out.push(op::EMPTY_LIST);
                self.memoize(&v);
                let items = items.borrow().clone();
                if !items.is_empty() {
                    let n = items.len();
                    self.schedule_items(Task::Op(op::APPEND, Some(n)), items);
                }
            }
            Payload::Dict(d) => {
                self.out.push(op::EMPTY_DICT);
                self.memoize(&v);
                let items = d.borrow().items();
                if !items.is_empty() {
                    let n = items.len();
                    let flat = items.into_iter().flat_map(|(k, v)| [k, v]).collect();
                    self.schedule_items(Task::Op(op::SETITEMS, Some(n)), flat);
                }
            }
            Payload::Set(d) => {
                self.out.push(op::EMPTY_SET);
                self.memoize(&v);
                let items = d.borrow().keys();
                if !items.is_empty() {
                    let n = items.len();
                    self.schedule_items(Task::Op(op::ADD, Some(n)), items);
                }
            }
            Payload::Tuple(items) => {
                let n = items.len();
                let finish = finish(v.clone(), op::TUPLE, Some(n), n, None);
                self.schedule_items(finish, items.clone());
            }
            Payload::FrozenSet(d) => {
                let items = d.keys();
                let n = items.len();
                self.schedule_items(finish(v.clone(), op::FROZENSET, Some(n), n, None), items);
            }
            Payload::Slice(a, b, c) => {
                let items = vec![a.clone(), b.clone(), c.clone()];
                self.schedule_items(finish(v.clone(), op::SLICE, None, 3, None), items);
            }
            Payload::Range(r) => {
                self.out.push(op::RANGE);
                self.zigzag(r.start);
                self.zigzag(r.stop);
                self.zigzag(r.step);
                self.memoize(&v);
            }
            _ => {
                let plan = self.plan(vm, &v)?;
                self.schedule_plan(v, plan);
            }
        }
        Ok(())
    }

    fn schedule_plan(&mut self, v: Value, plan: Plan) {
        match plan {
            Plan::Global { module, qualname } => {
                self.out.push(op::GLOBAL);
                self.varint(module.len() as u64);
                self.out.extend_from_slice(module.as_bytes());
                self.varint(qualname.len() as u64);
                self.out.extend_from_slice(qualname.as_bytes());
                self.memoize(&v);
            }
            Plan::Reduce {
                callable,
                args,
                state,
            } => {
                let then = finish(v, op::REDUCE, None, 2, state);
                self.schedule_items(then, vec![callable, args]);
            }
            Plan::NewObj { cls, state } => {
                self.tasks.push(Task::FinishNewObj { obj: v, state });
                self.tasks.push(Task::Save(cls));
            }
            Plan::Subclass { cls, base, state } => {
                let then = finish(v, op::SUBCLASS, None, 2, state);
                self.schedule_items(then, vec![cls, base]);
            }
        }
    }

    /// Note that a Python hook's results are being written until the tasks pushed so far finish.
    fn enter_hook(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.hooks_in_progress >= MAX_HOOK_NESTING {
            return Err(vm.new_exception(
                "RecursionError",
                "maximum recursion depth exceeded while pickling an object",
            ));
        }
        self.hooks_in_progress += 1;
        self.tasks.push(Task::HookDone);
        Ok(())
    }

    /// How to rebuild an object that is not a plain value or container.
    fn plan(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Plan> {
        let Some(payload) = v.payload() else {
            return Err(cannot_pickle(vm, v));
        };
        match payload {
            Payload::Class(_) => {
                let t = vm.types();
                let Some(o) = v.as_obj() else {
                    return Err(cannot_pickle(vm, v));
                };
                let singleton = if crate::objects::ObjRef::ptr_eq(o, &t.none_type) {
                    Some(Value::None)
                } else if crate::objects::ObjRef::ptr_eq(o, &t.ellipsis_type) {
                    Some(vm.ellipsis())
                } else if crate::objects::ObjRef::ptr_eq(o, &t.not_implemented_type) {
                    Some(vm.not_implemented())
                } else {
                    None
                };
                // Not reachable by name in builtins: pickle writes them as `type(singleton)`.
                if let Some(s) = singleton {
                    return Ok(Plan::Reduce {
                        callable: Value::Obj(t.type_.clone()),
                        args: Value::tuple(vec![s]),
                        state: None,
                    });
                }
                let module = crate::vm::repr::class_module(vm, o);
                let qualname = class_data(o).qualname.borrow().clone();
                self.global(vm, v, module, qualname)
            }
            Payload::Function(f) => {
                let module = f.module.borrow().as_str().unwrap_or("__main__").to_string();
                let qualname = f.qualname.borrow().clone();
                self.global(vm, v, module, qualname)
            }
            Payload::BuiltinFunction(b) => {
                if let Some(this) = &b.bound {
                    if !matches!(this.payload(), Some(Payload::Module(_))) {
                        return Ok(getattr_plan(vm, this.clone(), b.name));
                    }
                }
                self.builtin_function(vm, v, b.owner, b.name)
            }
            Payload::Method(func, this) => {
                let name = vm.intern("__name__");
                let name = vm.getattr(func, &name)?;
                let Some(name) = name.as_str() else {
                    return Err(cannot_pickle(vm, v));
                };
                let name = name.to_string();
                Ok(Plan::Reduce {
                    callable: builtin(vm, "getattr"),
                    args: Value::tuple(vec![this.clone(), Value::str(name)]),
                    state: None,
                })
            }
            Payload::Instance(inst) => self.instance(vm, v, inst),
            _ => Err(cannot_pickle(vm, v)),
        }
    }

    fn instance(&mut self, vm: &mut Vm, v: &Value, inst: &Instance) -> PyResult<Plan> {
        if let Some(plan) = self.reduce_hook(vm, v)? {
            return Ok(plan);
        }
        let cls = Value::Obj(inst.class.clone());
        let dict_state = if inst.has_attributes() {
            Some(Value::Obj(inst.dict_object().clone()))
        } else {
            None
        };
        if let Some(exc) = &inst.exc {
            // BaseException.__reduce__: (type(self), self.args, self.__dict__ if any).
            let args = Value::tuple(exc.borrow().args.clone());
            return Ok(Plan::Reduce {
                callable: cls,
                args,
                state: dict_state,
            });
        }
        let getstate = vm.intern("__getstate__");
        let state = match vm.lookup_special(v, &getstate) {
            Some(f) if !matches!(f.payload(), Some(Payload::BuiltinFunction(_))) => {
                let state = vm.call_unbound(&f, vec![v.clone()])?;
                self.enter_hook(vm)?;
                if state.is_none() {
                    None
                } else {
                    Some(state)
                }
            }
            _ => dict_state,
        };
        match &inst.base {
            Some(base) => Ok(Plan::Subclass {
                cls,
                base: base.clone(),
                state,
            }),
            None => Ok(Plan::NewObj { cls, state }),
        }
    }

    /// `__reduce_ex__(4)` or `__reduce__` written in Python, checked as pickle checks it.
    fn reduce_hook(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Option<Plan>> {
        let mut result = None;
        for (name, args) in [
            ("__reduce_ex__", vec![v.clone(), Value::Int(4)]),
            ("__reduce__", vec![v.clone()]),
        ] {
            let key = vm.intern(name);
            if let Some(f) = vm.lookup_special(v, &key) {
                if !matches!(f.payload(), Some(Payload::BuiltinFunction(_))) {
                    result = Some(vm.call_unbound(&f, args)?);
                    break;
                }
            }
        }
        let Some(result) = result else {
            return Ok(None);
        };
        if let Some(name) = result.as_str() {
            let cls = vm.type_of(v);
            let module = crate::vm::repr::class_module(vm, &cls);
            return self.global(vm, v, module, name.to_string()).map(Some);
        }
        let Some(Payload::Tuple(items)) = result.payload() else {
            return Err(serial_error(vm, "__reduce__ must return a string or tuple"));
        };
        if !(2..=6).contains(&items.len()) {
            return Err(serial_error(
                vm,
                "tuple returned by __reduce__ must contain 2 through 6 elements",
            ));
        }
        let callable = items[0].clone();
        if !crate::stdlib::builtins::is_callable(vm, &callable) {
            return Err(serial_error(
                vm,
                "first item of the tuple returned by __reduce__ must be callable",
            ));
        }
        let args = items[1].clone();
        if !matches!(args.payload(), Some(Payload::Tuple(_))) {
            return Err(serial_error(
                vm,
                "second item of the tuple returned by __reduce__ must be a tuple",
            ));
        }
        if items.iter().skip(3).any(|x| !x.is_none()) {
            return Err(serial_error(
                vm,
                "_serial supports __reduce__ tuples of (callable, args[, state]) only",
            ));
        }
        let state = items.get(2).filter(|s| !s.is_none()).cloned();
        self.enter_hook(vm)?;
        Ok(Some(Plan::Reduce {
            callable,
            args,
            state,
        }))
    }

    /// A built-in function: `module.name` when its owner is a module, `getattr(type, name)` when
    /// it is a method of a built-in type reached through the type (`str.upper`).
    fn builtin_function(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        owner: &str,
        name: &str,
    ) -> PyResult<Plan> {
        let loaded = crate::vm::dict_get_str(&vm.interp.modules, &vm.intern(owner));
        let module = match loaded {
            Some(m) => Some(m),
            None if crate::stdlib::builtin_module(owner).is_some() => {
                Some(crate::stdlib::import::import_module(vm, owner)?)
            }
            None => None,
        };
        if module.is_some() {
            return self.global(vm, v, owner.to_string(), name.to_string());
        }
        if let Some(t) = crate::stdlib::builtins::builtins_get(vm, owner) {
            let key = vm.intern(name);
            if let Some(found) = vm.getattr_opt(&t, &key)? {
                if found.is(v) {
                    return Ok(getattr_plan(vm, t, name));
                }
            }
        }
        let repr = vm.repr(v)?;
        Err(serial_error(
            vm,
            format!(
                "Can't pickle {}: attribute lookup {} on {} failed",
                repr, name, owner
            ),
        ))
    }

    /// By reference, after checking that importing `module` and walking `qualname` finds `v`
    /// itself again (otherwise the reader would get something else, or nothing).
    fn global(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        module: String,
        qualname: String,
    ) -> PyResult<Plan> {
        if qualname.split('.').any(|part| part == "<locals>") {
            return Err(vm.attribute_error(format!("Can't pickle local object '{}'", qualname)));
        }
        let repr = vm.repr(v)?;
        let Ok(m) = import_dotted(vm, &module) else {
            return Err(serial_error(
                vm,
                format!(
                    "Can't pickle {}: import of module '{}' failed",
                    repr, module
                ),
            ));
        };
        let found = match walk_qualname(vm, &m, &qualname)? {
            Some(found) => found,
            None => {
                return Err(serial_error(
                    vm,
                    format!(
                        "Can't pickle {}: attribute lookup {} on {} failed",
                        repr, qualname, module
                    ),
                ))
            }
        };
        if !found.is(v) {
            return Err(serial_error(
                vm,
                format!(
                    "Can't pickle {}: it's not the same object as {}.{}",
                    repr, module, qualname
                ),
            ));
        }
        Ok(Plan::Global { module, qualname })
    }
}

fn finish(obj: Value, op: u8, count: Option<usize>, parts: usize, state: Option<Value>) -> Task {
    Task::Finish {
        obj,
        op,
        count,
        parts,
        state,
    }
}

fn builtin(vm: &Vm, name: &str) -> Value {
    crate::stdlib::builtins::builtins_get(vm, name).unwrap_or(Value::None)
}

/// `getattr(this, name)`: how bound methods travel (the instance, then the name).
fn getattr_plan(vm: &Vm, this: Value, name: &str) -> Plan {
    Plan::Reduce {
        callable: builtin(vm, "getattr"),
        args: Value::tuple(vec![this, Value::str(name)]),
        state: None,
    }
}

/// `TypeError: cannot pickle 'X' object`, with the type named as CPython names it.
fn cannot_pickle(vm: &mut Vm, v: &Value) -> PyErr {
    let name = match v.payload() {
        Some(Payload::Lock(_)) => "_thread.lock".to_string(),
        Some(Payload::RLock(_)) => "_thread.RLock".to_string(),
        // `threading.Event` is a lock and a condition in CPython: that is what pickle trips on.
        Some(Payload::Event(_)) => "_thread.lock".to_string(),
        Some(Payload::File(_)) => "_io.TextIOWrapper".to_string(),
        _ => vm.type_name(v),
    };
    vm.type_error(format!("cannot pickle '{}' object", name))
}

/// Import `name` and its parents, as `import a.b.c` does; the module `a.b.c` itself.
fn import_dotted(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let mut module = Value::None;
    let mut prefix = String::new();
    for part in name.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        module = crate::stdlib::import::import_module(vm, &prefix)?;
    }
    Ok(module)
}

/// `module.a.b.c` for qualname `a.b.c`; `None` if some step is missing.
fn walk_qualname(vm: &mut Vm, module: &Value, qualname: &str) -> PyResult<Option<Value>> {
    let mut obj = module.clone();
    for part in qualname.split('.') {
        let key = vm.intern(part);
        match vm.getattr_opt(&obj, &key)? {
            Some(next) => obj = next,
            None => return Ok(None),
        }
    }
    Ok(Some(obj))
}

// ----- reading --------------------------------------------------------------------------------

/// A cursor over serial data that checks every read against the bytes left.
struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

/// Why the bytes could not be read: no VM needed to decide, so the edges are unit-tested alone.
#[derive(Debug, PartialEq)]
enum FormatError {
    Truncated,
    Corrupt(String),
}

impl<'a> Cursor<'a> {
    fn byte(&mut self) -> Result<u8, FormatError> {
        let b = *self.data.get(self.pos).ok_or(FormatError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: u64) -> Result<&'a [u8], FormatError> {
        let left = (self.data.len() - self.pos) as u64;
        if n > left {
            return Err(FormatError::Truncated);
        }
        let start = self.pos;
        self.pos += n as usize;
        Ok(&self.data[start..self.pos])
    }

    fn varint(&mut self) -> Result<u64, FormatError> {
        let mut n: u64 = 0;
        for i in 0..10 {
            let b = self.byte()?;
            let bits = (b & 0x7f) as u64;
            if i == 9 && bits > 1 {
                return Err(FormatError::Corrupt("varint overflows 64 bits".into()));
            }
            n |= bits << (7 * i);
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(FormatError::Corrupt("varint longer than 10 bytes".into()))
    }

    fn zigzag(&mut self) -> Result<i64, FormatError> {
        let u = self.varint()?;
        Ok((u >> 1) as i64 ^ -((u & 1) as i64))
    }

    /// A count of stack items: it can never exceed what is on the stack.
    fn count(&mut self, available: usize) -> Result<usize, FormatError> {
        let n = self.varint()?;
        if n > available as u64 {
            return Err(FormatError::Corrupt(format!(
                "count {} exceeds the {} values on the stack",
                n, available
            )));
        }
        Ok(n as usize)
    }

    fn text(&mut self) -> Result<&'a str, FormatError> {
        let n = self.varint()?;
        let bytes = self.take(n)?;
        std::str::from_utf8(bytes).map_err(|_| FormatError::Corrupt("invalid UTF-8 in str".into()))
    }

    fn header(&mut self) -> Result<(), FormatError> {
        let magic = self.byte()?;
        if magic != MAGIC {
            return Err(FormatError::Corrupt(format!(
                "not gilt serial data (first byte 0x{:02x})",
                magic
            )));
        }
        let version = self.byte()?;
        if version != VERSION {
            return Err(FormatError::Corrupt(format!(
                "unsupported serial format version {}",
                version
            )));
        }
        Ok(())
    }
}

struct Reader<'a> {
    cursor: Cursor<'a>,
    stack: Vec<Value>,
    memo: Vec<Value>,
}

impl<'a> Reader<'a> {
    fn new(data: &'a [u8]) -> Reader<'a> {
        Reader {
            cursor: Cursor { data, pos: 0 },
            stack: Vec::new(),
            memo: Vec::new(),
        }
    }

    fn run(mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.cursor.data.is_empty() {
            return Err(vm.new_exception("EOFError", "Ran out of input"));
        }
        match self.steps(vm) {
            Ok(v) => Ok(v),
            Err(Failure::Python(e)) => Err(e),
            Err(Failure::Format(FormatError::Truncated)) => {
                Err(serial_error(vm, "serial data was truncated"))
            }
            Err(Failure::Format(FormatError::Corrupt(msg))) => {
                Err(serial_error(vm, format!("corrupt serial data: {}", msg)))
            }
        }
    }

    fn pop(&mut self) -> Result<Value, FormatError> {
        self.stack
            .pop()
            .ok_or_else(|| FormatError::Corrupt("stack underflow".into()))
    }

    fn top(&self, below: usize) -> Result<&Value, FormatError> {
        self.stack
            .len()
            .checked_sub(below + 1)
            .and_then(|i| self.stack.get(i))
            .ok_or_else(|| FormatError::Corrupt("stack underflow".into()))
    }

    fn push_memo(&mut self, v: Value) {
        self.memo.push(v.clone());
        self.stack.push(v);
    }

    /// The last `n` stack values, removed.
    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }

    fn steps(&mut self, vm: &mut Vm) -> Result<Value, Failure> {
        self.cursor.header()?;
        loop {
            let code = self.cursor.byte()?;
            match code {
                op::STOP => {
                    if self.stack.len() != 1 {
                        return Err(corrupt(format!(
                            "{} values on the stack at the end",
                            self.stack.len()
                        ))
                        .into());
                    }
                    if self.cursor.pos != self.cursor.data.len() {
                        return Err(corrupt("data after the end").into());
                    }
                    return Ok(self.pop()?);
                }
                op::NONE => self.stack.push(Value::None),
                op::FALSE => self.stack.push(Value::bool(false)),
                op::TRUE => self.stack.push(Value::bool(true)),
                op::ELLIPSIS => self.stack.push(vm.ellipsis()),
                op::NOT_IMPLEMENTED => self.stack.push(vm.not_implemented()),
                op::INT => {
                    let i = self.cursor.zigzag()?;
                    self.stack.push(Value::Int(i));
                }
                op::BIGINT => {
                    let n = self.cursor.varint()?;
                    let bytes = self.cursor.take(n)?;
                    self.push_memo(Value::bigint(BigInt::from_signed_bytes_le(bytes)));
                }
                op::FLOAT => {
                    let bytes = self.cursor.take(8)?;
                    let mut word = [0u8; 8];
                    word.copy_from_slice(bytes);
                    self.stack
                        .push(Value::float(f64::from_bits(u64::from_le_bytes(word))));
                }
                op::STR => {
                    let s = self.cursor.text()?;
                    self.push_memo(Value::str(s));
                }
                op::BYTES => {
                    let n = self.cursor.varint()?;
                    let bytes = self.cursor.take(n)?.to_vec();
                    self.push_memo(Value::obj(Payload::Bytes(bytes)));
                }
                op::EMPTY_LIST => self.push_memo(Value::list(Vec::new())),
                op::EMPTY_DICT => self.push_memo(Value::dict(Dict::new())),
                op::EMPTY_SET => self.push_memo(Value::obj(Payload::Set(std::cell::RefCell::new(
                    Dict::new(),
                )))),
                op::APPEND => {
                    let n = self.cursor.count(self.stack.len().saturating_sub(1))?;
                    let items = self.pop_n(n);
                    match self.top(0)?.payload() {
                        Some(Payload::List(l)) => l.borrow_mut().extend(items),
                        _ => return Err(corrupt("APPEND to a value that is not a list").into()),
                    }
                }
                op::SETITEMS => {
                    let n = self.cursor.count(self.stack.len().saturating_sub(1) / 2)?;
                    let items = self.pop_n(2 * n);
                    let target = self.top(0)?.clone();
                    let Some(Payload::Dict(d)) = target.payload() else {
                        return Err(corrupt("SETITEMS on a value that is not a dict").into());
                    };
                    let mut items = items.into_iter();
                    while let (Some(k), Some(v)) = (items.next(), items.next()) {
                        dict::set(vm, d, k, v)?;
                    }
                }
                op::ADD => {
                    let n = self.cursor.count(self.stack.len().saturating_sub(1))?;
                    let items = self.pop_n(n);
                    let target = self.top(0)?.clone();
                    if !matches!(target.payload(), Some(Payload::Set(_))) {
                        return Err(corrupt("ADD to a value that is not a set").into());
                    }
                    for item in items {
                        set::add(vm, &target, item)?;
                    }
                }
                op::TUPLE => {
                    let n = self.cursor.count(self.stack.len())?;
                    let items = self.pop_n(n);
                    self.push_memo(Value::tuple(items));
                }
                op::FROZENSET => {
                    let n = self.cursor.count(self.stack.len())?;
                    let items = self.pop_n(n);
                    let fs = set::new_set(vm, items, true)?;
                    self.push_memo(fs);
                }
                op::SLICE => {
                    let step = self.pop()?;
                    let stop = self.pop()?;
                    let start = self.pop()?;
                    self.push_memo(Value::obj(Payload::Slice(start, stop, step)));
                }
                op::RANGE => {
                    let start = self.cursor.zigzag()?;
                    let stop = self.cursor.zigzag()?;
                    let step = self.cursor.zigzag()?;
                    if step == 0 {
                        return Err(corrupt("range step is zero").into());
                    }
                    self.push_memo(Value::obj(Payload::Range(crate::objects::range::Range {
                        start,
                        stop,
                        step,
                    })));
                }
                op::GET => {
                    let i = self.cursor.varint()?;
                    let v = usize::try_from(i)
                        .ok()
                        .and_then(|i| self.memo.get(i))
                        .ok_or_else(|| corrupt(format!("memo index {} out of range", i)))?;
                    self.stack.push(v.clone());
                }
                op::POP => {
                    let n = self.cursor.count(self.stack.len())?;
                    self.pop_n(n);
                }
                op::GLOBAL => {
                    let module = self.cursor.text()?.to_string();
                    let qualname = self.cursor.text()?.to_string();
                    // Only dotted identifiers: a name like `../x` must never become a file path.
                    if !is_dotted_name(&module) || !is_dotted_name(&qualname) {
                        return Err(corrupt("GLOBAL name is not a dotted identifier").into());
                    }
                    let v = find_global(vm, &module, &qualname)?;
                    self.push_memo(v);
                }
                op::REDUCE => {
                    let args = self.pop()?;
                    let callable = self.pop()?;
                    let Some(Payload::Tuple(args)) = args.payload() else {
                        return Err(corrupt("REDUCE arguments are not a tuple").into());
                    };
                    let v = vm.call(&callable, args.clone())?;
                    self.push_memo(v);
                }
                op::NEWOBJ => {
                    let cls = self.pop()?;
                    if !matches!(cls.payload(), Some(Payload::Class(_))) {
                        return Err(corrupt("NEWOBJ of a value that is not a class").into());
                    }
                    let new = vm.names().__new__.clone();
                    let new = vm.getattr(&cls, &new)?;
                    let v = vm.call(&new, vec![cls])?;
                    self.push_memo(v);
                }
                op::SUBCLASS => {
                    let base = self.pop()?;
                    let cls = self.pop()?;
                    let v = subclass_instance(vm, cls, base)?;
                    self.push_memo(v);
                }
                op::BUILD => {
                    let state = self.pop()?;
                    let obj = self.top(0)?.clone();
                    build(vm, &obj, state)?;
                }
                other => return Err(corrupt(format!("unknown opcode 0x{:02x}", other)).into()),
            }
        }
    }
}

/// A failed read: bad bytes, or a Python exception from code the data made run.
enum Failure {
    Format(FormatError),
    Python(PyErr),
}

impl From<FormatError> for Failure {
    fn from(e: FormatError) -> Failure {
        Failure::Format(e)
    }
}

impl From<PyErr> for Failure {
    fn from(e: PyErr) -> Failure {
        Failure::Python(e)
    }
}

fn corrupt(msg: impl Into<String>) -> FormatError {
    FormatError::Corrupt(msg.into())
}

/// GLOBAL: import the module and walk the qualname, failing as pickle's reader does.
fn find_global(vm: &mut Vm, module: &str, qualname: &str) -> PyResult<Value> {
    let m = import_dotted(vm, module)?;
    match walk_qualname(vm, &m, qualname)? {
        Some(v) => Ok(v),
        None => {
            let repr = vm.repr(&m)?;
            Err(vm.attribute_error(format!("Can't get attribute '{}' on {}", qualname, repr)))
        }
    }
}

/// `a.b.c` where each part is a Python identifier (ASCII letters, digits, `_`, or non-ASCII).
fn is_dotted_name(name: &str) -> bool {
    name.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && chars.all(|c| c == '_' || c.is_alphanumeric())
    })
}

/// SUBCLASS: an instance of Python class `cls` extending the built-in value `base`.
fn subclass_instance(vm: &mut Vm, cls: Value, base: Value) -> PyResult<Value> {
    let base_type = vm.type_of(&base);
    let fits = match cls.as_obj() {
        Some(c) if matches!(c.payload, Payload::Class(_)) => {
            class_data(c).kind == TypeKind::Plain
                && class_data(&base_type).kind == TypeKind::Builtin
                && is_subclass(c, &base_type)
        }
        _ => false,
    };
    let Some(c) = cls.as_obj().filter(|_| fits) else {
        return Err(serial_error(
            vm,
            "corrupt serial data: SUBCLASS of a class that does not extend the base's type",
        ));
    };
    let mut inst = Instance::new(c.clone(), None);
    inst.base = Some(base);
    Ok(Value::obj(Payload::Instance(inst)))
}

/// BUILD: `obj.__setstate__(state)` if the class has one, else update the instance dict.
fn build(vm: &mut Vm, obj: &Value, state: Value) -> PyResult<()> {
    let setstate = vm.intern("__setstate__");
    if let Some(f) = vm.lookup_special(obj, &setstate) {
        vm.call_unbound(&f, vec![obj.clone(), state])?;
        return Ok(());
    }
    let Some(Payload::Dict(items)) = state.payload() else {
        return Err(serial_error(vm, "state is not a dictionary"));
    };
    let Some(target) = crate::vm::attr::instance_dict(obj) else {
        let msg = format!("'{}' object has no attribute '__dict__'", vm.type_name(obj));
        return Err(vm.attribute_error(msg));
    };
    let items = items.borrow().items();
    for (k, v) in items {
        dict::set(vm, target, k, v)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cursor(data: &[u8]) -> Cursor<'_> {
        Cursor { data, pos: 0 }
    }

    #[test]
    fn varint_round_trips_edges() {
        for n in [0u64, 1, 127, 128, 300, u32::MAX as u64, u64::MAX] {
            let mut w = Writer::new();
            w.out.clear();
            w.varint(n);
            assert!(w.out.len() <= 10);
            assert_eq!(cursor(&w.out).varint(), Ok(n));
        }
    }

    #[test]
    fn zigzag_round_trips_edges() {
        for i in [0i64, -1, 1, i64::MIN, i64::MAX, -64, 64] {
            let mut w = Writer::new();
            w.out.clear();
            w.zigzag(i);
            assert_eq!(cursor(&w.out).zigzag(), Ok(i));
        }
    }

    #[test]
    fn overlong_varints_are_corrupt_not_wrapped() {
        let eleven = [0xffu8; 11];
        assert!(matches!(
            cursor(&eleven).varint(),
            Err(FormatError::Corrupt(_))
        ));
        // Ten bytes whose last carries more than the 64th bit.
        let mut too_big = vec![0xffu8; 9];
        too_big.push(0x02);
        assert!(matches!(
            cursor(&too_big).varint(),
            Err(FormatError::Corrupt(_))
        ));
        assert_eq!(cursor(&[0x80, 0x80]).varint(), Err(FormatError::Truncated));
    }

    #[test]
    fn a_huge_length_is_truncation_not_an_allocation() {
        // A str claiming u64::MAX bytes with three bytes behind it.
        let mut data = vec![0xffu8; 9];
        data.push(0x01);
        data.extend_from_slice(b"abc");
        assert_eq!(cursor(&data).text(), Err(FormatError::Truncated));
        assert_eq!(cursor(&[5, b'a']).take(5), Err(FormatError::Truncated));
    }

    #[test]
    fn counts_are_bounded_by_the_stack() {
        assert!(matches!(
            cursor(&[0x05]).count(4),
            Err(FormatError::Corrupt(_))
        ));
        assert_eq!(cursor(&[0x04]).count(4), Ok(4));
    }

    #[test]
    fn header_checks_magic_and_version() {
        assert_eq!(cursor(&[MAGIC, VERSION]).header(), Ok(()));
        assert!(matches!(
            cursor(&[0x80, 4]).header(),
            Err(FormatError::Corrupt(_))
        ));
        assert!(matches!(
            cursor(&[MAGIC, 99]).header(),
            Err(FormatError::Corrupt(_))
        ));
        assert_eq!(cursor(&[MAGIC]).header(), Err(FormatError::Truncated));
    }

    #[test]
    fn names_must_be_dotted_identifiers() {
        for good in ["__main__", "os.path", "Outer.Inner.method", "多道"] {
            assert!(is_dotted_name(good), "{}", good);
        }
        for bad in [
            "",
            ".",
            "a..b",
            "../x",
            "/etc",
            "1abc",
            "a.<locals>.b",
            "a b",
        ] {
            assert!(!is_dotted_name(bad), "{}", bad);
        }
    }

    fn vm() -> Vm {
        Vm::new(Vec::new())
    }

    fn dumps_value(vm: &mut Vm, v: Value) -> Vec<u8> {
        match dumps(vm, Args::new(vec![v])) {
            Ok(b) => match b.payload() {
                Some(Payload::Bytes(b)) => b.clone(),
                _ => panic!("dumps returned no bytes"),
            },
            Err(_) => panic!("dumps failed"),
        }
    }

    fn loads_bytes(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
        loads(
            vm,
            Args::new(vec![Value::obj(Payload::Bytes(data.to_vec()))]),
        )
    }

    fn error_class(vm: &Vm, e: &PyErr) -> String {
        vm.type_name(&Value::Obj(e.0.clone()))
    }

    #[test]
    fn deep_nesting_round_trips_without_recursion() {
        let mut vm = vm();
        let mut v = Value::list(Vec::new());
        for _ in 0..100_000 {
            v = Value::list(vec![v]);
        }
        let data = dumps_value(&mut vm, v);
        let back = loads_bytes(&mut vm, &data).unwrap_or(Value::None);
        let mut depth = 0;
        let mut at = back;
        loop {
            let next = match at.payload() {
                Some(Payload::List(l)) => l.borrow().first().cloned(),
                _ => panic!("not a list at depth {}", depth),
            };
            match next {
                Some(n) => {
                    at = n;
                    depth += 1;
                }
                None => break,
            }
        }
        assert_eq!(depth, 100_000);
    }

    #[test]
    fn hostile_nesting_in_the_data_is_just_heap() {
        // 200 000 EMPTY_LISTs each appended into the one before: built with no Rust recursion.
        let mut vm = vm();
        let n = 200_000;
        let mut data = vec![MAGIC, VERSION];
        data.extend(std::iter::repeat_n(op::EMPTY_LIST, n));
        for _ in 1..n {
            data.extend_from_slice(&[op::APPEND, 1]);
        }
        data.push(op::STOP);
        assert!(loads_bytes(&mut vm, &data).is_ok());
    }

    #[test]
    fn empty_input_is_eof_and_bad_bytes_are_serial_errors() {
        let mut vm = vm();
        let e = loads_bytes(&mut vm, b"")
            .err()
            .map(|e| error_class(&vm, &e));
        assert_eq!(e.as_deref(), Some("EOFError"));
        for bad in [
            &[0x80u8, 4, 0x4b, 0x2e][..],
            &[MAGIC, 2, op::NONE, op::STOP],
            &[MAGIC, VERSION],
            &[MAGIC, VERSION, op::STOP],
            &[MAGIC, VERSION, op::NONE, op::NONE, op::STOP],
            &[MAGIC, VERSION, op::NONE, op::STOP, op::NONE],
            &[MAGIC, VERSION, op::GET, 0, op::STOP],
            &[MAGIC, VERSION, op::TUPLE, 5, op::STOP],
            &[MAGIC, VERSION, op::NONE, op::APPEND, 1, op::STOP],
            &[
                MAGIC,
                VERSION,
                op::EMPTY_DICT,
                op::NONE,
                op::SETITEMS,
                1,
                op::STOP,
            ],
            &[MAGIC, VERSION, op::RANGE, 0, 2, 0, op::STOP],
            &[
                MAGIC,
                VERSION,
                op::STR,
                0xff,
                0xff,
                0xff,
                0xff,
                0x0f,
                b'a',
                op::STOP,
            ],
            &[MAGIC, VERSION, op::POP, 3, op::STOP],
            &[MAGIC, VERSION, 0xee, op::STOP],
            &[
                MAGIC,
                VERSION,
                op::GLOBAL,
                4,
                b'.',
                b'.',
                b'/',
                b'x',
                1,
                b'y',
                op::STOP,
            ],
            &[
                MAGIC,
                VERSION,
                op::INT,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
                0x80,
            ],
        ] {
            let e = loads_bytes(&mut vm, bad)
                .err()
                .map(|e| error_class(&vm, &e));
            assert_eq!(e.as_deref(), Some("SerialError"), "{:?}", bad);
        }
    }

    #[test]
    fn every_truncation_and_byte_flip_fails_cleanly() {
        let mut vm = vm();
        let shared = Value::list(vec![Value::Int(1)]);
        let mut d = Dict::new();
        d.set_str(Value::str("key"), shared.clone());
        let v = Value::tuple(vec![
            Value::dict(d),
            shared,
            Value::float(-0.0),
            Value::bigint(BigInt::from(3).pow(100)),
            Value::str("多道"),
            Value::obj(Payload::Bytes(vec![0, 255])),
            Value::obj(Payload::Range(crate::objects::range::Range {
                start: 1,
                stop: 9,
                step: 2,
            })),
            vm.ellipsis(),
        ]);
        let data = dumps_value(&mut vm, v);
        assert!(loads_bytes(&mut vm, &data).is_ok());
        for cut in 0..data.len() {
            assert!(loads_bytes(&mut vm, &data[..cut]).is_err());
        }
        // Any outcome but a panic is fine: a flip may still give valid data.
        for at in 0..data.len() {
            for flip in [0x01u8, 0x80, 0xff, 0x30, 0x20] {
                let mut bad = data.clone();
                bad[at] ^= flip;
                let _ = loads_bytes(&mut vm, &bad);
            }
        }
    }

    #[test]
    fn floats_keep_their_bits() {
        let mut vm = vm();
        for bits in [
            0x7ff8_0000_0000_0001u64,
            0xfff0_0000_0000_0000,
            0x8000_0000_0000_0000,
            1,
        ] {
            let data = dumps_value(&mut vm, Value::float(f64::from_bits(bits)));
            match loads_bytes(&mut vm, &data) {
                Ok(Value::Float(f)) => assert_eq!(f.get().to_bits(), bits),
                _ => panic!("float did not come back"),
            }
        }
    }

    #[test]
    fn invalid_utf8_is_corrupt() {
        assert!(matches!(
            cursor(&[2, 0xc3, 0x28]).text(),
            Err(FormatError::Corrupt(_))
        ));
    }
}
