//! Frames and runtime code objects.
//!
//! `CodeObj` is a compiled `Code` with its constants and names turned into values once, when the
//! code is first loaded, so the eval loop indexes ready values. A `Frame` is one activation: the
//! instruction pointer, the value stack, fast locals, cells and the exception block stack. Frames
//! are boxed and live on the thread's heap frame stack (`Vm::frames`), never on the Rust stack, so
//! a generator's suspended frame is plain data and deep Python recursion cannot overflow Rust's.

use std::rc::Rc;

use crate::compile::bytecode::{Code, Const, Instr};
use crate::objects::{ObjRef, Value};

pub struct CodeObj {
    pub code: Rc<Code>,
    /// The instructions the eval loop runs: `code.instructions` with common pairs quickened.
    pub quickened: Vec<Instr>,
    /// Positional parameters only, no cells, not a generator: a call with exactly `argcount`
    /// positional arguments just moves them into the first local slots.
    pub plain_call: bool,
    pub argcount: usize,
    /// `LoadGlobal` results per name, valid while the globals and builtins dicts are unchanged.
    pub global_cache: std::cell::RefCell<Vec<Option<GlobalCacheEntry>>>,
    /// Attribute lookups on instances, per name (see `attr_cache`).
    pub attr_cache: super::attr_cache::AttrCache,
    pub consts: Vec<Value>,
    /// `code.names` as interned strings.
    pub names: Vec<Value>,
    /// `code.varnames` as interned strings, for keyword-argument binding.
    pub varnames: Vec<Value>,
    pub filename: Rc<str>,
}

impl CodeObj {
    pub fn instructions(&self) -> &[Instr] {
        &self.code.instructions
    }

    /// The source line of instruction `ip`.
    pub fn line_at(&self, ip: usize) -> u32 {
        self.code
            .spans
            .get(ip)
            .map(|s| s.line)
            .unwrap_or(self.code.first_line)
    }

    pub fn ncells(&self) -> usize {
        self.code.cellvars.len() + self.code.freevars.len()
    }
}

/// A cached global lookup: the globals dict it was made for, both dicts' versions, and where the
/// name was found. The weak handle keeps the dict's allocation, so no other dict can appear at
/// its address meanwhile. The entry names a position, not the value: a cache must not keep an
/// object alive after the script let go of it (its `__del__` and weak references would wait).
pub struct GlobalCacheEntry {
    pub globals: crate::objects::handle::WeakObj,
    pub globals_version: u64,
    pub builtins_version: u64,
    /// Found in the builtins dict rather than the globals.
    pub in_builtins: bool,
    /// The entry position in that dict.
    pub index: usize,
}

/// Turn a compile-time constant into a value; nested code objects are loaded recursively.
pub fn load_const(vm: &mut super::Vm, c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::True => Value::bool(true),
        Const::False => Value::bool(false),
        Const::Ellipsis => vm.ellipsis(),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(s) => {
            let n = s.parse::<num_bigint::BigInt>().unwrap_or_default();
            Value::bigint(n)
        }
        Const::Float(f) => Value::float(*f),
        Const::Str(s) => vm.intern(s),
        Const::Bytes(b) => Value::obj(crate::objects::Payload::Bytes(b.clone())),
        Const::Tuple(items) => {
            let vals = items.iter().map(|c| load_const(vm, c)).collect();
            Value::tuple(vals)
        }
        Const::Code(code) => {
            let obj = CodeObj::load(vm, code.clone());
            Value::obj(crate::objects::Payload::Code(obj))
        }
    }
}

impl CodeObj {
    pub fn load(vm: &mut super::Vm, code: Rc<Code>) -> Rc<CodeObj> {
        let consts = code.consts.iter().map(|c| load_const(vm, c)).collect();
        let names = code.names.iter().map(|n| vm.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| vm.intern(n)).collect();
        let nnames = code.names.len();
        let quickened = quicken(&code.instructions);
        use crate::compile::bytecode::{CO_VARARGS, CO_VARKEYWORDS};
        let plain_call = code.kwonlyargcount == 0
            && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
            && !code.is_generator()
            && code.cellvars.is_empty()
            && code.freevars.is_empty();
        Rc::new(CodeObj {
            quickened,
            plain_call,
            argcount: code.argcount as usize,
            global_cache: std::cell::RefCell::new((0..nnames).map(|_| None).collect()),
            attr_cache: super::attr_cache::new_cache(nnames),
            filename: code.filename.clone(),
            code,
            consts,
            names,
            varnames,
        })
    }
}

/// Write a quickened form over the first of each common pair of instructions (see the
/// quickened variants of `Instr`). Every position is judged on the original sequence, so a
/// quickened instruction's second half is always the original instruction that follows it.
pub fn quicken(original: &[Instr]) -> Vec<Instr> {
    let small = |i: u32| u16::try_from(i).ok();
    let mut out = original.to_vec();
    for (k, pair) in original.windows(2).enumerate() {
        let fused = match (pair[0], pair[1]) {
            (Instr::LoadFast(a), Instr::LoadFast(b)) => small(a)
                .zip(small(b))
                .map(|(a, b)| Instr::LoadFastLoadFast(a, b)),
            (Instr::LoadFast(a), Instr::LoadConst(c)) => small(a)
                .zip(small(c))
                .map(|(a, c)| Instr::LoadFastLoadConst(a, c)),
            (Instr::LoadFast(a), Instr::LoadAttr(n)) => small(a)
                .zip(small(n))
                .map(|(a, n)| Instr::LoadFastAttr(a, n)),
            (Instr::LoadFast(a), Instr::LoadMethod(n)) => small(a)
                .zip(small(n))
                .map(|(a, n)| Instr::LoadFastMethod(a, n)),
            (Instr::CompareOp(op), Instr::PopJumpIfFalse(t)) => {
                Some(Instr::CompareJumpIfFalse(op, t))
            }
            (Instr::CompareOp(op), Instr::PopJumpIfTrue(t)) => {
                Some(Instr::CompareJumpIfTrue(op, t))
            }
            _ => None,
        };
        if let Some(fused) = fused {
            out[k] = fused;
        }
    }
    out
}

/// An exception block: where to jump and how deep the value stack was when it was set up.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub level: u32,
}

pub struct Frame {
    pub code: Rc<CodeObj>,
    pub ip: usize,
    pub stack: Vec<Value>,
    /// Fast locals; `None` is an unbound slot.
    pub locals: Vec<Option<Value>>,
    /// Cell objects: the code's cellvars, then its freevars.
    pub cells: Vec<ObjRef>,
    pub blocks: Vec<Block>,
    /// The globals dict object.
    pub globals: ObjRef,
    /// The namespace of a module or class body (`LoadName`/`StoreName`); `None` in functions.
    pub namespace: Option<ObjRef>,
    /// Set when this frame runs `__init__` for a class called from the eval loop: the call's
    /// result is this instance, and `__init__` must return None.
    pub init_instance: Option<Value>,
    /// In a suspended generator or coroutine: the exception it was handling when it yielded
    /// (CPython's `gi_exc_state`), made current again when it resumes.
    pub suspended_handled: Option<Value>,
}

impl Frame {
    pub fn new(code: Rc<CodeObj>, globals: ObjRef, namespace: Option<ObjRef>) -> Box<Frame> {
        let nlocals = code.code.varnames.len();
        let stack = Vec::with_capacity(code.code.max_stack as usize + 1);
        Box::new(Frame {
            locals: vec![None; nlocals],
            cells: Vec::new(),
            blocks: Vec::new(),
            stack,
            ip: 0,
            code,
            globals,
            namespace,
            init_instance: None,
            suspended_handled: None,
        })
    }

    /// Make a pooled frame (emptied by `clear`) ready to run `code`.
    pub fn reset(&mut self, code: Rc<CodeObj>, globals: ObjRef, namespace: Option<ObjRef>) {
        debug_assert!(self.locals.is_empty() && self.stack.is_empty() && self.blocks.is_empty());
        let nlocals = code.code.varnames.len();
        self.locals.resize_with(nlocals, || None);
        self.stack.reserve(code.code.max_stack as usize + 1);
        self.ip = 0;
        self.code = code;
        self.globals = globals;
        self.namespace = namespace;
    }

    /// Drop what a finished frame holds (so objects die now), keeping its buffers for reuse.
    pub fn clear(&mut self) {
        self.stack.clear();
        self.locals.clear();
        self.cells.clear();
        self.blocks.clear();
        self.namespace = None;
        self.init_instance = None;
        self.suspended_handled = None;
    }

    /// The line currently executing (the instruction just fetched).
    pub fn current_line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}
