//! The virtual machine: one `Vm` per thread, sharing one `Interp` (types, modules, builtins).
//!
//! A `Vm` owns its thread's heap frame stack and the exception currently being handled. Script
//! calls never recurse on the Rust stack: the eval loop (`eval.rs`) pushes and pops frames. Native
//! code that calls back into Python (`sorted(key=...)`, `__eq__` from a dict lookup, `__str__`
//! from print) runs a nested eval loop; `depth` counts every Python frame, nested or not, against
//! the recursion limit, so runaway recursion becomes `RecursionError` either way.
//!
//! Invariant: while the eval loop calls out of a frame, that frame sits on top of `frames`, so
//! native code can find its caller (`super()`, `locals()`, `globals()`).

pub mod arith;
pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod class_build;
pub mod eval;
pub mod eval_support;
pub mod finalizers;
pub mod frame;
pub mod generator;
pub mod iterate;
pub mod loop_calls;
pub mod method_cache;
pub mod ops;
pub mod pattern_match;
pub mod repr;
pub mod subscript;
pub mod traceback;
pub mod tracing;
pub mod types;
pub mod unwind;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objects::class::class_data;
use crate::objects::{Args, Dict, ExcState, Interner, ObjRef, Payload, PyErr, PyResult, Value};
pub use frame::Frame;
pub use types::Types;

/// State shared by every thread of the interpreter. Touched only while holding the GIL.
pub struct Interp {
    pub types: Types,
    pub interner: Interner,
    /// `sys.modules`: a dict object.
    pub modules: ObjRef,
    /// The `builtins` module's namespace dict.
    pub builtins: ObjRef,
    pub recursion_limit: Cell<usize>,
    /// `sys.argv` as given on the command line.
    pub argv: RefCell<Vec<String>>,
    /// Folders searched by `import` (`sys.path`), filled at start-up.
    pub path: RefCell<Vec<String>>,
    /// Whether this is the interactive REPL (changes how `PrintExpr` and some errors show).
    pub interactive: Cell<bool>,
    /// Pre-interned names the runtime looks up often.
    pub names: Names,
    /// Bumped on every class namespace change: cached attribute lookups of every thread check it.
    pub type_version: Cell<u64>,
    /// The main thread's id (`threading.main_thread()`, where Ctrl-C is delivered); a forked
    /// child's main thread is the thread that forked, as in CPython, hence atomic.
    pub main_thread: std::sync::atomic::AtomicU64,
    /// Source text of everything compiled, by file name, for traceback lines.
    pub sources: RefCell<std::collections::HashMap<String, Rc<str>>>,
    /// The one flag the eval loop's periodic check reads: set when a signal, a GIL drop request
    /// or a collection is pending.
    pub eval_breaker: std::sync::atomic::AtomicBool,
    /// Extension types made so far, by `tp_name` (`objects::native::type_object`).
    pub native_types: RefCell<std::collections::HashMap<&'static str, ObjRef>>,
}

impl Interp {
    pub fn main_thread(&self) -> crate::runtime::gil::ThreadId {
        crate::runtime::gil::ThreadId::from_raw(
            self.main_thread.load(std::sync::atomic::Ordering::Relaxed),
        )
    }
}

// `Interp` holds `Rc` handles and `Cell`/`RefCell` state that are not thread-safe by themselves.
// Every thread reaches it through `&'static Interp`; the atomics inside (`eval_breaker`) are the
// only fields read without the GIL. Every other field is touched only while holding the GIL
// (`runtime::gil`), which serializes all access and orders it through its mutex.
// SAFETY: see above: the GIL is the lock that makes the shared fields thread-safe.
unsafe impl Sync for Interp {}

/// Interned strings for names the runtime looks up itself.
pub struct Names {
    pub __init__: Value,
    pub __new__: Value,
    pub __name__: Value,
    pub __qualname__: Value,
    pub __module__: Value,
    pub __doc__: Value,
    pub __dict__: Value,
    pub __class__: Value,
    pub __classcell__: Value,
    pub __call__: Value,
    pub __str__: Value,
    pub __repr__: Value,
    pub __eq__: Value,
    pub __ne__: Value,
    pub __lt__: Value,
    pub __le__: Value,
    pub __gt__: Value,
    pub __ge__: Value,
    pub __hash__: Value,
    pub __len__: Value,
    pub __bool__: Value,
    pub __iter__: Value,
    pub __next__: Value,
    pub __getitem__: Value,
    pub __setitem__: Value,
    pub __delitem__: Value,
    pub __contains__: Value,
    pub __enter__: Value,
    pub __exit__: Value,
    pub __getattr__: Value,
    pub __getattribute__: Value,
    pub __setattr__: Value,
    pub __delattr__: Value,
    pub __get__: Value,
    pub __set__: Value,
    pub __delete__: Value,
    pub __del__: Value,
    pub __index__: Value,
    pub __int__: Value,
    pub __float__: Value,
    pub __format__: Value,
    pub __init_subclass__: Value,
    pub __set_name__: Value,
    pub __missing__: Value,
    pub __reversed__: Value,
    pub __neg__: Value,
    pub __pos__: Value,
    pub __abs__: Value,
    pub __invert__: Value,
    pub __round__: Value,
    pub __await__: Value,
    pub __builtins__: Value,
    pub __file__: Value,
    pub __all__: Value,
    pub __slots__: Value,
    pub __mro_entries__: Value,
}

impl Names {
    fn new(i: &Interner) -> Names {
        macro_rules! names {
            ($($n:ident),*) => { Names { $($n: i.intern(stringify!($n)),)* } };
        }
        names!(
            __init__,
            __new__,
            __name__,
            __qualname__,
            __module__,
            __doc__,
            __dict__,
            __class__,
            __classcell__,
            __call__,
            __str__,
            __repr__,
            __eq__,
            __ne__,
            __lt__,
            __le__,
            __gt__,
            __ge__,
            __hash__,
            __len__,
            __bool__,
            __iter__,
            __next__,
            __getitem__,
            __setitem__,
            __delitem__,
            __contains__,
            __enter__,
            __exit__,
            __getattr__,
            __getattribute__,
            __setattr__,
            __delattr__,
            __get__,
            __set__,
            __delete__,
            __del__,
            __index__,
            __int__,
            __float__,
            __format__,
            __init_subclass__,
            __set_name__,
            __missing__,
            __reversed__,
            __neg__,
            __pos__,
            __abs__,
            __invert__,
            __round__,
            __await__,
            __builtins__,
            __file__,
            __all__,
            __slots__,
            __mro_entries__
        )
    }
}

pub struct Vm {
    pub interp: &'static Interp,
    /// Suspended callers of the running frame; see the module comment. Boxed on purpose: a call
    /// moves frames between this stack and the loop's local by pointer, not by copying them.
    #[allow(clippy::vec_box)]
    pub frames: Vec<Box<Frame>>,
    /// Python frames active on this thread (nested eval loops included).
    pub depth: usize,
    /// The exception being handled (`sys.exc_info()`), `None` outside handlers.
    pub handled: Value,
    /// Nested eval loops running on this thread (each one costs Rust stack).
    pub native_depth: usize,
    /// Set by a re-raise so the unwinder adds no traceback entry and no context.
    pub reraising: bool,
    /// Containers whose repr is being built (to print `[...]` for cycles).
    pub repr_guard: Vec<usize>,
    /// The `sys` module, made at start-up (the standard streams live there).
    pub sys_module: Option<Value>,
    /// Finished frames kept for reuse: a call then costs no allocation.
    #[allow(clippy::vec_box)]
    pub frame_pool: Vec<Box<Frame>>,
    /// Class attribute lookups, cached (see `method_cache.rs`).
    pub method_cache: method_cache::MethodCache,
    /// This thread, as the GIL knows it.
    pub thread_id: crate::runtime::gil::ThreadId,
    /// The frame the innermost eval loop is running (null before the first). Set at every
    /// frame switch; read only through `level_callers`.
    pub running: *const Frame,
    /// For each nested eval loop running now: how many frames `frames` held when it started,
    /// and the frame of the loop outside it that called the native code that started it. That
    /// frame is in neither `frames` nor the nested loop, so `stack` needs it to show every frame.
    pub level_callers: Vec<(usize, *const Frame)>,
    /// `sys.settrace` / `sys.setprofile` functions of this thread, and whether either is set and
    /// not running right now: the eval loop's one test (`vm::tracing`).
    pub trace_function: Option<Value>,
    pub profile_function: Option<Value>,
    pub tracing: bool,
}

impl Vm {
    /// Create the interpreter and its main thread's VM.
    pub fn new(argv: Vec<String>) -> Vm {
        let interner = Interner::new();
        let names = Names::new(&interner);
        let types = Types::new(&interner);
        let interp: &'static Interp = Box::leak(Box::new(Interp {
            types,
            interner,
            modules: crate::objects::ObjRef::new(crate::objects::Obj {
                payload: Payload::Dict(RefCell::new(Dict::new())),
            }),
            builtins: crate::objects::ObjRef::new(crate::objects::Obj {
                payload: Payload::Dict(RefCell::new(Dict::new())),
            }),
            recursion_limit: Cell::new(1000),
            argv: RefCell::new(argv),
            path: RefCell::new(Vec::new()),
            interactive: Cell::new(false),
            names,
            type_version: Cell::new(1),
            main_thread: std::sync::atomic::AtomicU64::new(
                crate::runtime::gil::ThreadId::fresh().get(),
            ),
            sources: RefCell::new(std::collections::HashMap::new()),
            eval_breaker: std::sync::atomic::AtomicBool::new(false),
            native_types: RefCell::new(std::collections::HashMap::new()),
        }));
        let mut vm = Vm {
            interp,
            frames: Vec::new(),
            depth: 0,
            handled: Value::None,
            native_depth: 0,
            reraising: false,
            repr_guard: Vec::new(),
            sys_module: None,
            frame_pool: Vec::new(),
            method_cache: method_cache::MethodCache::new(),
            thread_id: interp.main_thread(),
            running: std::ptr::null(),
            level_callers: Vec::new(),
            trace_function: None,
            profile_function: None,
            tracing: false,
        };
        types::init_type_methods(&mut vm);
        crate::stdlib::io::register(&mut vm);
        crate::stdlib::builtins::init(&mut vm);
        if let Ok(sys) = crate::stdlib::sys::make(&mut vm) {
            dict_set_str(&vm.interp.modules, vm.intern("sys"), sys);
        }
        vm
    }

    /// The VM of a new thread of the same interpreter; the caller holds the GIL for `thread_id`.
    pub fn for_thread(interp: &'static Interp, thread_id: crate::runtime::gil::ThreadId) -> Vm {
        let sys_module = dict_get_str(&interp.modules, &interp.interner.intern("sys"));
        Vm {
            interp,
            frames: Vec::new(),
            depth: 0,
            handled: Value::None,
            native_depth: 0,
            reraising: false,
            repr_guard: Vec::new(),
            sys_module,
            frame_pool: Vec::new(),
            method_cache: method_cache::MethodCache::new(),
            thread_id,
            running: std::ptr::null(),
            level_callers: Vec::new(),
            trace_function: None,
            profile_function: None,
            tracing: false,
        }
    }

    /// Run a blocking call without the GIL, so other threads run meanwhile. The closure must be
    /// `Send`: it cannot capture an object handle, so it cannot touch objects.
    pub fn allow_threads<F, R>(&mut self, reason: crate::runtime::gil::BlockReason, f: F) -> R
    where
        F: FnOnce() -> R + Send,
        R: Send,
    {
        crate::runtime::gil().allow_threads_for(self.thread_id, reason, f)
    }

    /// This thread's name as `threading` knows it (`MainThread`, `Thread-1 (task)`), for reports.
    pub fn thread_name(&mut self) -> String {
        let fallback = if self.is_main_thread() {
            "MainThread".to_string()
        } else {
            format!("thread {}", self.thread_id.get())
        };
        let key = self.intern("threading");
        let Some(threading) = dict_get_str(&self.interp.modules, &key) else {
            return fallback;
        };
        let name = self
            .call_method(&threading, "current_thread", vec![])
            .and_then(|t| self.getattr(&t, &self.intern("name")));
        match name {
            Ok(n) => n.as_str().map(String::from).unwrap_or(fallback),
            Err(_) => fallback,
        }
    }

    /// The file and line of the innermost frame of the script (the caller of the native function
    /// running now, skipping gilt's own embedded modules), for reports.
    pub fn current_location(&self) -> (String, u32) {
        for frame in self.frames.iter().rev() {
            if frame.code.filename.starts_with("<gilt:") {
                continue;
            }
            return (frame.code.filename.to_string(), frame.current_line());
        }
        ("<unknown>".into(), 0)
    }

    pub fn is_main_thread(&self) -> bool {
        self.thread_id == self.interp.main_thread()
    }

    pub fn types(&self) -> &'static Types {
        &self.interp.types
    }

    pub fn names(&self) -> &'static Names {
        &self.interp.names
    }

    pub fn intern(&self, s: &str) -> Value {
        self.interp.interner.intern(s)
    }

    pub fn ellipsis(&self) -> Value {
        Value::Obj(self.types().ellipsis.clone())
    }

    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.types().not_implemented.clone())
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if ObjRef::ptr_eq(o, &self.types().not_implemented))
    }

    /// The class of any value, borrowed (no reference-count traffic).
    #[inline]
    pub fn type_ref<'a>(&self, v: &'a Value) -> &'a ObjRef {
        let t: &'static Types = self.types();
        match v {
            Value::None => &t.none_type,
            Value::Bool(_) => &t.bool,
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Obj(o) => match &o.payload {
                Payload::Instance(i) => &i.class,
                Payload::Str(_) => &t.str,
                Payload::List(_) => &t.list,
                Payload::Dict(_) => &t.dict,
                Payload::Tuple(_) => &t.tuple,
                _ => t.type_of_payload_ref(o),
            },
        }
    }

    /// The class of any value.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        let t = self.types();
        match v {
            Value::None => t.none_type.clone(),
            Value::Bool(_) => t.bool.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Obj(o) => t.type_of_payload(o),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        class_data(&self.type_of(v)).name.clone()
    }

    // ----- exceptions -------------------------------------------------------------------------

    /// A new exception instance of the built-in class `name` with one string argument.
    pub fn new_exception(&mut self, name: &str, msg: impl Into<String>) -> PyErr {
        let cls = self.types().exception(name);
        let msg: String = msg.into();
        PyErr(make_exception(cls, vec![Value::str(msg)]))
    }

    pub fn new_exception_args(&mut self, name: &str, args: Vec<Value>) -> PyErr {
        let cls = self.types().exception(name);
        PyErr(make_exception(cls, args))
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception("TypeError", msg)
    }

    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception("ValueError", msg)
    }

    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception("IndexError", msg)
    }

    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception("AttributeError", msg)
    }

    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception("RuntimeError", msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception("OverflowError", msg)
    }

    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_exception("ZeroDivisionError", msg)
    }

    pub fn key_error(&mut self, key: Value) -> PyErr {
        self.new_exception_args("KeyError", vec![key])
    }

    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        if value.is_none() {
            self.new_exception_args("StopIteration", vec![])
        } else {
            self.new_exception_args("StopIteration", vec![value])
        }
    }

    pub fn name_error(&mut self, name: &str) -> PyErr {
        let err = self.new_exception("NameError", format!("name '{}' is not defined", name));
        let v = self.intern(name);
        set_exc_attr(&err, "name", v);
        err
    }

    /// Is `err` an instance of the built-in exception class `name`?
    pub fn err_matches(&self, err: &PyErr, name: &str) -> bool {
        let cls = self.types().exception(name);
        match &err.0.payload {
            Payload::Instance(inst) => crate::objects::class::is_subclass(&inst.class, &cls),
            _ => false,
        }
    }

    pub fn exc_state<'a>(&self, err: &'a ObjRef) -> Option<std::cell::RefMut<'a, ExcState>> {
        match &err.payload {
            Payload::Instance(inst) => inst.exc.as_ref().map(|e| e.borrow_mut()),
            _ => None,
        }
    }

    // ----- small conveniences for native code ------------------------------------------------

    /// A frame for `code`, reusing a pooled one when there is one.
    pub fn new_frame(
        &mut self,
        code: Rc<frame::CodeObj>,
        globals: ObjRef,
        namespace: Option<ObjRef>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, namespace);
                f
            }
            None => Frame::new(code, globals, namespace),
        }
    }

    /// Return a finished frame to the pool (its contents are dropped now).
    pub fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        frame.clear();
        if self.frame_pool.len() < 128 {
            self.frame_pool.push(frame);
        }
    }

    /// Call any callable with positional arguments.
    pub fn call(&mut self, func: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_args(func, Args::new(args))
    }

    /// `obj.name(*args)`
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let name = self.intern(name);
        let f = self.getattr(obj, &name)?;
        self.call(&f, args)
    }

    /// Look up a special method on the type (not the instance), as CPython does for dunders.
    pub fn lookup_special(&mut self, v: &Value, name: &Value) -> Option<Value> {
        let version = self.interp.type_version.get();
        let cls = self.type_ref(v);
        self.method_cache.lookup(cls, name, version)
    }

    /// `name` along the MRO of `cls`, through the method cache.
    #[inline]
    pub fn class_lookup(&mut self, cls: &ObjRef, name: &Value) -> Option<Value> {
        self.method_cache
            .lookup(cls, name, self.interp.type_version.get())
    }

    /// A class namespace changed: every cached lookup, on every thread, is stale.
    pub fn class_changed(&mut self) {
        self.interp
            .type_version
            .set(self.interp.type_version.get() + 1);
    }

    /// Call a special method found on the type, binding `v` as self; `None` if the type has none.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &Value,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        match self.lookup_special(v, name) {
            None => Ok(None),
            Some(f) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(v.clone());
                full.extend(args);
                self.call_unbound(&f, full).map(Some)
            }
        }
    }

    /// Call an attribute found on a type with `self` already first in `args`, binding through the
    /// descriptor protocol only for staticmethod/classmethod (plain functions take self as is).
    pub fn call_unbound(&mut self, f: &Value, mut args: Vec<Value>) -> PyResult<Value> {
        match f.payload() {
            Some(Payload::StaticMethod(inner)) => {
                let inner = inner.clone();
                args.remove(0);
                self.call(&inner, args)
            }
            Some(Payload::ClassMethod(inner)) => {
                let inner = inner.clone();
                let cls = Value::Obj(self.type_of(&args[0]));
                args[0] = cls;
                self.call(&inner, args)
            }
            _ => self.call(f, args),
        }
    }

    /// Room for `n` values, or `MemoryError` when the machine cannot hold them (checked before
    /// allocating, so a huge count never aborts the process).
    pub fn reserve_values(&mut self, n: usize) -> PyResult<Vec<Value>> {
        let mut v = Vec::new();
        let too_big = n
            .checked_mul(std::mem::size_of::<Value>())
            .is_none_or(|bytes| bytes > crate::objects::bytes::memory_limit());
        if too_big || v.try_reserve_exact(n).is_err() {
            return Err(self.new_exception("MemoryError", ""));
        }
        Ok(v)
    }

    /// Iterate any iterable to the end, collecting the items.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        match iterable.payload() {
            Some(Payload::List(l)) => return Ok(l.borrow().clone()),
            Some(Payload::Tuple(t)) => return Ok(t.clone()),
            // A range knows its length: materialised at once, or `MemoryError` up front as
            // CPython's preallocation gives, rather than hours of iterating.
            Some(Payload::Range(r)) => {
                let n = usize::try_from(r.len()).unwrap_or(usize::MAX);
                let mut out = self.reserve_values(n)?;
                out.extend((0..n as i64).map(|i| Value::Int(r.get(i))));
                return Ok(out);
            }
            _ => {}
        }
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    /// Every Python frame active on this thread, outermost first, the frames of nested eval
    /// loops included (the frame that called the native function now running last, if that
    /// function reads its caller: see `call_with_args`).
    pub fn stack(&self) -> Vec<&Frame> {
        let mut out: Vec<&Frame> = Vec::with_capacity(self.frames.len() + self.level_callers.len());
        let mut next = 0;
        for &(len, caller) in &self.level_callers {
            out.extend(self.frames[next..len].iter().map(|f| &**f));
            next = len;
            // A caller that lent itself to the native code is on `frames` already.
            let lent = out.last().is_some_and(|f| std::ptr::eq(*f, caller));
            if !lent {
                // `caller` is the frame whose eval loop called out into the native code that
                // started this nested loop. That loop is suspended in the call until the nested
                // one returns and drops this entry, so the frame is alive and unchanged (owned by
                // the suspended loop, or lent to `frames`); it is only read here, on its own
                // thread, under the GIL.
                // SAFETY: the frame outlives this entry and is not written meanwhile (above).
                out.push(unsafe { &*caller });
            }
        }
        out.extend(self.frames[next..].iter().map(|f| &**f));
        out
    }

    /// The running frame's caller (the frame that called the native function now running).
    pub fn caller_frame(&self) -> Option<&Frame> {
        self.frames.last().map(|f| &**f)
    }

    pub fn module_dict(&self, module: &Value) -> Option<ObjRef> {
        match module.payload() {
            Some(Payload::Module(m)) => Some(m.dict.clone()),
            _ => None,
        }
    }

    /// A new module object with a fresh namespace holding `__name__`.
    pub fn new_module(&mut self, name: &str) -> (Value, ObjRef) {
        let mut d = Dict::new();
        d.set_str(self.names().__name__.clone(), Value::str(name));
        d.set_str(self.names().__doc__.clone(), Value::None);
        let dict = crate::objects::ObjRef::new(crate::objects::Obj {
            payload: Payload::Dict(RefCell::new(d)),
        });
        let m = Value::obj(Payload::Module(crate::objects::module::Module {
            name: name.to_string(),
            dict: dict.clone(),
        }));
        (m, dict)
    }

    /// Add a native method to a built-in class.
    pub fn add_method(
        &self,
        cls: &ObjRef,
        owner: &'static str,
        name: &'static str,
        func: crate::objects::class::NativeFn,
    ) {
        self.add_native_method(cls, owner, name, func, false);
    }

    /// Add a native method that reads its caller's frame (see `BuiltinFunction::wants_caller`).
    pub fn add_method_with_caller(
        &self,
        cls: &ObjRef,
        owner: &'static str,
        name: &'static str,
        func: crate::objects::class::NativeFn,
    ) {
        self.add_native_method(cls, owner, name, func, true);
    }

    fn add_native_method(
        &self,
        cls: &ObjRef,
        owner: &'static str,
        name: &'static str,
        func: crate::objects::class::NativeFn,
        wants_caller: bool,
    ) {
        let f = Value::obj(Payload::BuiltinFunction(crate::objects::BuiltinFunction {
            name,
            owner,
            func,
            bound: None,
            wants_caller,
        }));
        types::class_dict(cls)
            .borrow_mut()
            .set_str(self.intern(name), f);
    }

    /// Add a native function to a namespace dict.
    pub fn add_function(
        &self,
        dict: &ObjRef,
        owner: &'static str,
        name: &'static str,
        func: crate::objects::class::NativeFn,
    ) {
        let f = Value::obj(Payload::BuiltinFunction(crate::objects::BuiltinFunction {
            name,
            owner,
            func,
            bound: None,
            wants_caller: false,
        }));
        dict_set_str(dict, self.intern(name), f);
    }

    /// `add_function` for a function that reads its caller's frame (the eval loop then leaves
    /// the calling frame on `frames`, see `caller_frame`).
    pub fn add_caller_function(
        &self,
        dict: &ObjRef,
        owner: &'static str,
        name: &'static str,
        func: crate::objects::class::NativeFn,
    ) {
        let f = Value::obj(Payload::BuiltinFunction(crate::objects::BuiltinFunction {
            name,
            owner,
            func,
            bound: None,
            wants_caller: true,
        }));
        dict_set_str(dict, self.intern(name), f);
    }
}

/// Store a string-keyed item into a dict object.
pub fn dict_set_str(dict: &ObjRef, key: Value, value: Value) {
    if let Payload::Dict(d) = &dict.payload {
        d.borrow_mut().set_str(key, value);
    }
}

pub fn dict_get_str(dict: &ObjRef, key: &Value) -> Option<Value> {
    match &dict.payload {
        Payload::Dict(d) => d.borrow().get_str(key).cloned(),
        _ => None,
    }
}

/// Build an exception instance of class `cls` with `args`.
pub fn make_exception(cls: ObjRef, args: Vec<Value>) -> ObjRef {
    crate::objects::ObjRef::new(crate::objects::Obj {
        payload: Payload::Instance(crate::objects::class::Instance::new(
            cls,
            Some(RefCell::new(ExcState {
                args,
                ..ExcState::default()
            })),
        )),
    })
}

/// Set an attribute in an exception's instance dict (`NameError.name`, `KeyError` extras).
pub fn set_exc_attr(err: &PyErr, name: &str, v: Value) {
    if let Payload::Instance(inst) = &err.0.payload {
        inst.set_attr(Value::str(name), v);
    }
}
