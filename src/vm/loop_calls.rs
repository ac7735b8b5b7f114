//! The eval loop's side of calls. A call to a Python function (or a class whose `__init__` is a
//! plain Python function) becomes a frame that the loop enters itself: the caller's frame goes
//! on the thread's frame stack, arguments move from the caller's value stack into the callee's
//! locals, and no Rust recursion happens. Anything else is called here, natively, with the
//! calling frame lent to code that reads its caller (`super()`, a blocking wait naming its line).

use crate::objects::{Args, ObjRef, Payload, PyResult, Value};

use super::frame::Frame;
use super::Vm;

impl Vm {
    /// Switch to a callee frame inside the loop: the caller goes on the frame stack.
    #[inline]
    pub(super) fn enter(&mut self, frame: &mut Box<Frame>, callee: Box<Frame>) -> PyResult<()> {
        if self.depth >= self.interp.recursion_limit.get() {
            self.recycle_frame(callee);
            return Err(self.new_exception("RecursionError", "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        self.frames.push(std::mem::replace(frame, callee));
        Ok(())
    }

    /// The shared tail of `Call` and `CallMethod`: the callee at `at`, its arguments from
    /// `args_from` to the top. A Python function gets a new frame (`Some(frame)`, to enter); anything
    /// else is called here and its result pushed.
    pub(super) fn call_from_stack(
        &mut self,
        frame: &mut Box<Frame>,
        at: usize,
        args_from: usize,
    ) -> PyResult<Option<Box<Frame>>> {
        let nargs = frame.stack.len() - args_from;
        let plain = matches!(&frame.stack[at], Value::Obj(o)
            if matches!(&o.payload, Payload::Function(f)
                if f.code.plain_call && f.code.argcount == nargs));
        if plain {
            // The arguments move from the caller's stack into the callee's locals: no counts
            // change hands.
            let (head, args) = frame.stack.split_at_mut(args_from);
            if let Value::Obj(o) = &head[at] {
                if let Payload::Function(f) = &o.payload {
                    let mut callee = self.new_frame(f.code.clone(), f.globals.clone(), None);
                    for (slot, a) in callee.locals.iter_mut().zip(args) {
                        *slot = Some(std::mem::replace(a, Value::None));
                    }
                    frame.stack.truncate(at);
                    self.periodic_check()?;
                    return Ok(Some(callee));
                }
            }
        }
        if let Value::Obj(o) = &frame.stack[at] {
            if matches!(o.payload, Payload::Class(_)) {
                let cls = o.clone();
                if let Some(init) = self.plain_init(&cls, nargs) {
                    return self.init_frame(frame, at, args_from, &cls, &init).map(Some);
                }
            }
        }
        if let Value::Obj(o) = &frame.stack[at] {
            match &o.payload {
                Payload::Function(f) if !f.code.code.is_generator() => {
                    let callee = self.make_frame(f, &frame.stack[args_from..], &[])?;
                    frame.stack.truncate(at);
                    self.periodic_check()?;
                    return Ok(Some(callee));
                }
                Payload::Method(Value::Obj(fo), this) => {
                    if let Payload::Function(f) = &fo.payload {
                        if !f.code.code.is_generator() {
                            let mut args = Vec::with_capacity(frame.stack.len() - args_from + 1);
                            args.push(this.clone());
                            args.extend_from_slice(&frame.stack[args_from..]);
                            let callee = self.make_frame(f, &args, &[])?;
                            frame.stack.truncate(at);
                            return Ok(Some(callee));
                        }
                    }
                }
                _ => {}
            }
        }
        // One spare slot: a bound method or builtin prepends `self` without reallocating.
        let mut args = Vec::with_capacity(frame.stack.len() - args_from + 1);
        args.extend(frame.stack.drain(args_from..));
        frame.stack.truncate(at + 1);
        let callee = frame.stack.pop().expect("value stack underflow");
        // The commonest native call (`parts.append(x)`, `len(s)`): an unbound built-in that does
        // not read its caller, on an argument that is not a subclass instance, goes straight in.
        // So is a built-in type (`str(x)`, `list(...)`, `dict()`) whose constructor does not.
        let direct = match callee.payload() {
            _ if self.reads_caller(&callee) => None,
            Some(Payload::BuiltinFunction(b)) => (b.bound.is_none()
                && args.first().is_none_or(|a| a.builtin_base().is_none()))
            .then_some(b.func),
            Some(Payload::Class(cd)) => cd.constructor.get(),
            _ => None,
        };
        if let Some(func) = direct {
            self.periodic_check()?;
            let r = func(self, Args::new(args))?;
            frame.stack.push(r);
            return Ok(None);
        }
        self.call_with_args(frame, callee, Args::new(args))
    }

    /// Call from the eval loop with ready arguments. Native functions run with the calling frame
    /// on top of `frames`, so `super()`, `locals()` and friends can see it.
    pub(super) fn call_with_args(
        &mut self,
        frame: &mut Box<Frame>,
        callee: Value,
        args: Args,
    ) -> PyResult<Option<Box<Frame>>> {
        if let Value::Obj(o) = &callee {
            if let Payload::Function(f) = &o.payload {
                if !f.code.code.is_generator() {
                    let new = self.make_frame(f, &args.args, &args.kwargs)?;
                    return Ok(Some(new));
                }
            }
        }
        self.periodic_check()?;
        // Native code that reads its caller's frame (`super()`, `locals()`, a lock wait naming the
        // line it blocks on) finds it on top of the frame stack: lend it for the call. Others
        // are called directly, which spares every plain builtin call the two moves.
        if !self.reads_caller(&callee) {
            let r = self.call_args(&callee, args)?;
            frame.stack.push(r);
            return Ok(None);
        }
        let r = self.with_frame_lent(frame, |vm| vm.call_args(&callee, args))?;
        frame.stack.push(r);
        Ok(None)
    }

    /// Does this native callable read its caller's frame? Built-ins say so themselves
    /// (`super()`, `locals()`, a lock wait naming its line); of the classes, `type` and `super`
    /// do, and a class of Python objects may (its `__init__` runs nested).
    fn reads_caller(&self, callee: &Value) -> bool {
        let Value::Obj(o) = callee else {
            return false;
        };
        match &o.payload {
            Payload::BuiltinFunction(b) => b.wants_caller,
            Payload::Class(cd) => {
                let types = self.types();
                cd.constructor.get().is_none()
                    || ObjRef::ptr_eq(o, &types.type_)
                    || ObjRef::ptr_eq(o, &types.super_)
            }
            _ => false,
        }
    }

    /// The `__init__` to run in the eval loop for `cls(...)` with `nargs` positional arguments,
    /// when nothing else needs doing: a class of Python objects (no built-in base), no `__new__`
    /// of its own, and an `__init__` that is a plain function taking exactly those arguments.
    pub(super) fn plain_init(&mut self, cls: &ObjRef, nargs: usize) -> Option<Value> {
        let cd = crate::objects::class::class_data(cls);
        if cd.kind != crate::objects::class::TypeKind::Plain
            || cd.metaclass.get().is_some()
            || super::call::builtin_constructor(cls).is_some()
        {
            return None;
        }
        let new_name = self.names().__new__.clone();
        // A `__new__` written in Python (as `call_class` tells it) takes the general path.
        if self
            .class_lookup(cls, &new_name)
            .is_some_and(|new| super::call::is_python_new(&new))
        {
            return None;
        }
        let init_name = self.names().__init__.clone();
        let init = self.class_lookup(cls, &init_name)?;
        match init.payload() {
            Some(Payload::Function(f)) if f.code.plain_call && f.code.argcount == nargs + 1 => {
                Some(init)
            }
            _ => None,
        }
    }

    /// A new instance of `cls` and the frame of its `__init__` (the arguments move in after
    /// `self`); the stack is cut back to `at`. The instance becomes the call's value on return.
    pub(super) fn init_frame(
        &mut self,
        frame: &mut Box<Frame>,
        at: usize,
        args_from: usize,
        cls: &ObjRef,
        init: &Value,
    ) -> PyResult<Box<Frame>> {
        let instance = self.new_instance(cls, &Args::new(Vec::new()))?;
        let Some(Payload::Function(f)) = init.payload() else {
            return Err(self.type_error("__init__ is not a function"));
        };
        let mut callee = self.new_frame(f.code.clone(), f.globals.clone(), None);
        let mut slots = callee.locals.iter_mut();
        if let Some(slot) = slots.next() {
            *slot = Some(instance.clone());
        }
        for (slot, a) in slots.zip(&mut frame.stack[args_from..]) {
            *slot = Some(std::mem::replace(a, Value::None));
        }
        callee.init_instance = Some(instance);
        frame.stack.truncate(at);
        self.periodic_check()?;
        Ok(callee)
    }

    /// Run `work` with the running frame on top of `frames`, where native code that reads its
    /// caller (`super()`, `locals()`, a blocking wait naming its line) finds it.
    pub(super) fn with_frame_lent<R>(
        &mut self,
        frame: &mut Box<Frame>,
        work: impl FnOnce(&mut Vm) -> R,
    ) -> R {
        let placeholder = match self.frame_pool.pop() {
            Some(f) => f,
            None => Frame::new(frame.code.clone(), frame.globals.clone(), None),
        };
        let me = std::mem::replace(frame, placeholder);
        self.frames.push(me);
        let r = work(self);
        let placeholder = std::mem::replace(frame, self.frames.pop().expect("lent frame"));
        self.recycle_frame(placeholder);
        r
    }
}
