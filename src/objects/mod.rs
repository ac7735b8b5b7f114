//! Values and heap objects.
//!
//! A `Value` is a small enum: `None`, `Bool`, `Int` (i64) and `Float` are immediates with no
//! allocation and no reference count (a `complex` is a heap object); everything else is an `ObjRef`, a reference-counted handle
//! to a heap `Obj` (`handle.rs`: the header with the count and the collector's word). Counts are
//! plain, non-atomic integers and handles are `!Send`. That is sound only because a thread
//! touches objects solely while it holds the GIL (see `runtime::gil`); the type system keeps
//! handles from crossing threads except through the GIL's one documented wrapper.
//!
//! An object's Python type follows from its payload (`Payload::Str` is `str`), except for
//! instances of classes defined in Python, which carry their class.

pub mod buffer;
pub mod bytearray;
pub mod bytes;
pub mod class;
pub mod complex;
pub mod dict;
pub mod dunders;
pub mod event;
pub mod exception;
pub mod exception_group;
pub mod float;
pub mod frame;
pub mod function;
pub mod handle;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod lock;
pub mod memoryview;
pub mod module;
pub mod native;
pub mod number;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod traverse;
pub mod tuple;
pub mod weakref;

// `str` grew into a folder; this name keeps the path the VM already calls.
pub use self::str::format as strformat;

use std::cell::RefCell;

use num_bigint::BigInt;

pub use dict::Dict;
pub use exception::{traceback_entry, ExcState};
pub use function::{BuiltinFunction, Function};
pub use iter::IterState;
pub use str::PyStr;

use crate::vm::Vm;

pub use handle::ObjRef;

/// The result of anything that can raise a Python exception.
pub type PyResult<T> = Result<T, PyErr>;

/// A raised Python exception: the exception instance (its traceback is inside it).
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

/// Every payload is a single 8-byte integer or pointer, so rustc lays `Value` out as a scalar
/// pair (tag, word): it travels in two registers and is stored with two plain moves. A `bool` or
/// `f64` payload would make it an in-memory aggregate copied with 16-byte loads, which stall on
/// store forwarding right after the value was built (10-35% of the eval loop's time).
/// Build bools and floats with `Value::bool` / `Value::float`; read them with `.get()`.
pub enum Value {
    None,
    Bool(BoolWord),
    Int(i64),
    Float(FloatWord),
    Obj(ObjRef),
}

/// A bool kept in a whole word (see `Value`): 0 or 1.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct BoolWord(u64);

impl BoolWord {
    #[inline(always)]
    pub fn get(self) -> bool {
        self.0 != 0
    }
}

/// A float kept as its bits in an integer word (see `Value`). No `PartialEq`: compare floats with
/// `get()`, never by bits (NaN, -0.0).
#[derive(Clone, Copy, Debug)]
pub struct FloatWord(u64);

impl FloatWord {
    #[inline(always)]
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

// Written out rather than derived so that it is always inlined into the eval loop.
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Obj(o) => Value::Obj(o.clone()),
        }
    }
}

pub struct Obj {
    pub payload: Payload,
}

/// Payloads that hold no other objects free without the trashcan's bookkeeping.
#[inline]
pub(crate) fn payload_is_leaf(p: &Payload) -> bool {
    !crate::runtime::gc::is_container(p)
}

/// The per-type data of a heap object.
pub enum Payload {
    Str(PyStr),
    BigInt(BigInt),
    Complex(complex::Complex),
    Bytes(Vec<u8>),
    ByteArray(bytearray::ByteArray),
    /// Boxed: a view's shape and strides are large, and views are few.
    MemoryView(Box<memoryview::MemoryView>),
    Tuple(Vec<Value>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<Dict>),
    Set(RefCell<Dict>),
    FrozenSet(Dict),
    Range(range::Range),
    Slice(Value, Value, Value),
    /// Boxed: functions are large and few; every other object stays small.
    Function(Box<Function>),
    BuiltinFunction(BuiltinFunction),
    /// A function bound to an instance: `obj.method`.
    Method(Value, Value),
    /// Boxed, as functions are.
    Class(Box<class::ClassData>),
    Instance(class::Instance),
    Module(module::Module),
    Code(std::rc::Rc<crate::vm::frame::CodeObj>),
    Cell(RefCell<Option<Value>>),
    /// Boxed: a generator's state is larger than the other payloads.
    Generator(Box<RefCell<function::Generator>>),
    Iterator(RefCell<IterState>),
    /// `dict.keys()`, `.values()`, `.items()`: live views on the dict.
    DictView(ObjRef, iter::DictViewKind),
    Property(class::Property),
    /// A native attribute descriptor (`exc.args`, `func.__name__`).
    GetSet(class::GetSet),
    /// A `__slots__` entry: the attribute `name` of instances of class `owner`.
    Member(class::Member),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Value, Value),
    /// Boxed: file state (buffers) is large; the box also names the file's class.
    File(Box<crate::stdlib::io::FileObject>),
    /// `_thread.lock`: its state is shared with the closures that wait on it without the GIL.
    Lock(std::sync::Arc<lock::LockState>),
    /// `_thread.RLock`
    RLock(std::sync::Arc<lock::RLockState>),
    /// `_thread._Event`, the core of `threading.Event`.
    Event(std::sync::Arc<event::EventState>),
    /// `_multiprocessing.SemLock`: a semaphore shared with forked processes.
    SemLock(std::sync::Arc<crate::stdlib::_multiprocessing::SemLockState>),
    /// `_multiprocessing.SharedArray`: C values in memory shared with forked processes.
    SharedArray(std::sync::Arc<crate::stdlib::_multiprocessing::SharedArray>),
    /// A weak reference or proxy (`weakref.ref`, `weakref.proxy`).
    WeakRef(weakref::WeakRef),
    /// `_sre`'s compiled pattern, the engine behind a `re.Pattern`.
    Regex(std::rc::Rc<crate::stdlib::re::CompiledPattern>),
    /// A traceback object: entry `index` of an exception's traceback (outermost first), linked
    /// to the next by `tb_next`.
    Traceback(std::rc::Rc<Vec<exception::TracebackEntry>>, usize),
    /// A frame object (`sys._getframe()`, `tb_frame`): a picture of a frame, see `frame.rs`.
    Frame(Box<frame::FrameObject>),
    /// An extension object of a standard-library type: its class and its native state
    /// (`native.rs`).
    Native(ObjRef, Box<dyn native::NativeData>),
    NotImplemented,
    Ellipsis,
}

impl Value {
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(BoolWord(b as u64))
    }

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value::Float(FloatWord(f.to_bits()))
    }

    pub fn obj(payload: Payload) -> Value {
        Value::Obj(ObjRef::new(Obj { payload }))
    }

    pub fn str(s: impl Into<String>) -> Value {
        Value::obj(Payload::Str(PyStr::new(s.into())))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::obj(Payload::Tuple(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::obj(Payload::List(RefCell::new(items)))
    }

    pub fn dict(d: Dict) -> Value {
        Value::obj(Payload::Dict(RefCell::new(d)))
    }

    pub fn bigint(n: BigInt) -> Value {
        int::normalize(n)
    }

    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        }
    }

    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The built-in value a subclass instance extends (`class D(dict)`), if any.
    pub fn builtin_base(&self) -> Option<&Value> {
        match self.payload() {
            Some(Payload::Instance(i)) => i.base.as_ref(),
            _ => None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// `a is b`
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
            (Value::Obj(a), Value::Obj(b)) => ObjRef::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The identity CPython's `id()` would give: the address for heap objects.
    pub fn id(&self) -> i64 {
        match self {
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + b.get() as i64 * 16,
            Value::Int(i) => i.wrapping_mul(16).wrapping_add(0x10_0000_0000),
            Value::Float(f) => (f.get().to_bits() as i64) | 1,
            Value::Obj(o) => ObjRef::as_ptr(o) as *const u8 as i64,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<usize> for Value {
    fn from(i: usize) -> Value {
        Value::Int(i as i64)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::float(f)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::str(s)
    }
}

/// Positional and keyword arguments as they arrive at a built-in: `args` holds the positional
/// values; `kwargs` the keyword ones, in call order.
#[derive(Default)]
pub struct Args {
    pub args: Vec<Value>,
    pub kwargs: Vec<(Value, Value)>,
}

impl Args {
    pub fn new(args: Vec<Value>) -> Args {
        Args {
            args,
            kwargs: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.args.len()
    }

    pub fn is_empty(&self) -> bool {
        self.args.is_empty()
    }

    /// Take the keyword argument `name` out, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let at = self
            .kwargs
            .iter()
            .position(|(k, _)| k.as_str() == Some(name))?;
        Some(self.kwargs.remove(at).1)
    }

    /// `TypeError` if any keyword argument is left (after the function took the ones it knows).
    pub fn no_kwargs(&self, vm: &mut Vm, fname: &str) -> PyResult<()> {
        if let Some((k, _)) = self.kwargs.first() {
            let k = k.as_str().unwrap_or("?");
            if self.kwargs.len() == 1 && fname.contains('.') || fname.ends_with("()") {
                return Err(vm.type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    fname.trim_end_matches("()"),
                    k
                )));
            }
            return Err(vm.type_error(format!("{}() takes no keyword arguments", fname)));
        }
        Ok(())
    }

    /// Check the positional count is within `min..=max`, with CPython's messages.
    pub fn check_count(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.args.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{}() takes no arguments ({} given)", fname, n),
                1 => format!("{}() takes exactly one argument ({} given)", fname, n),
                _ => format!("{} expected {} arguments, got {}", fname, min, n),
            }
        } else if n < min {
            format!(
                "{} expected at least {} argument{}, got {}",
                fname,
                min,
                plural(min),
                n
            )
        } else {
            format!(
                "{} expected at most {} argument{}, got {}",
                fname,
                max,
                plural(max),
                n
            )
        };
        Err(vm.type_error(msg))
    }
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Give every built-in class its methods; each type file registers its own.
pub fn register_all(vm: &mut Vm) {
    class::register(vm);
    crate::vm::class_build::register(vm);
    int::register(vm);
    float::register(vm);
    complex::register(vm);
    str::register(vm);
    bytes::register(vm);
    bytearray::register(vm);
    memoryview::register(vm);
    list::register(vm);
    tuple::register(vm);
    dict::register(vm);
    set::register(vm);
    range::register(vm);
    slice::register(vm);
    function::register(vm);
    exception::register(vm);
    exception_group::register(vm);
    iter::register(vm);
    dunders::register(vm);
    lock::register(vm);
    event::register(vm);
    weakref::register(vm);
    frame::register(vm);
}

/// Interned identifier strings share one heap object, so attribute and global lookups compare
/// pointers before contents and reuse the cached hash.
pub struct Interner {
    table: RefCell<std::collections::HashMap<String, Value>>,
}

impl Interner {
    pub fn new() -> Interner {
        Interner {
            table: RefCell::new(std::collections::HashMap::new()),
        }
    }

    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.table.borrow().get(s) {
            return v.clone();
        }
        let v = Value::str(s);
        self.table.borrow_mut().insert(s.to_string(), v.clone());
        v
    }
}

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod size_tests {
    /// Every heap object pays for the largest payload: large ones are boxed to keep it small.
    #[test]
    fn objects_stay_small() {
        assert!(
            std::mem::size_of::<super::Obj>() <= 80,
            "Obj is {} bytes",
            std::mem::size_of::<super::Obj>()
        );
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
        // Unbound local slots are `Option<Value>`: the tag's spare values hold the `None`.
        assert_eq!(std::mem::size_of::<Option<super::Value>>(), 16);
    }
}
