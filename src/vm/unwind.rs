//! Raising and unwinding: making exception instances from what `raise` was given, matching
//! `except` clauses, chaining (`__context__`), recording traceback entries as an exception passes
//! through frames, and the NameError / UnboundLocalError messages (with what "Did you mean"
//! needs). The unwinding loop itself is in `eval.rs` (`Vm::execute`).

use crate::objects::traceback_entry;
use crate::objects::{ObjRef, Payload, PyErr, PyResult, Value};

use super::frame::Frame;
use super::Vm;

macro_rules! pop {
    ($frame:expr) => {
        $frame.stack.pop().expect("value stack underflow")
    };
}

impl Vm {
    /// Record that `err` passed through `frame` at its current instruction.
    pub(super) fn add_traceback(&mut self, err: &PyErr, frame: &Frame) {
        if let Some(mut st) = self.exc_state(&err.0) {
            st.traceback.insert(
                0,
                traceback_entry(
                    frame.code.clone(),
                    &frame.globals,
                    frame.ip.saturating_sub(1),
                ),
            );
        }
    }

    /// Implicit chaining: an exception raised while another is handled gets it as `__context__`.
    pub(super) fn chain_context(&mut self, err: &PyErr) {
        let handled = match &self.handled {
            Value::Obj(h) if !crate::objects::ObjRef::ptr_eq(h, &err.0) => h.clone(),
            _ => return,
        };
        // Avoid a cycle: do not link if `err` is already in the handled exception's chain.
        let mut cur = Some(handled.clone());
        let mut steps = 0;
        while let Some(c) = cur {
            if crate::objects::ObjRef::ptr_eq(&c, &err.0) || steps > 100 {
                return;
            }
            steps += 1;
            cur = self
                .exc_state(&c)
                .and_then(|s| s.context.clone())
                .and_then(|v| v.as_obj().cloned());
        }
        if let Some(mut st) = self.exc_state(&err.0) {
            if st.context.is_none() {
                st.context = Some(Value::Obj(handled));
            }
        }
    }

    /// A NameError raised in `frame`, remembering the names in scope there for the
    /// "Did you mean" suggestion CPython 3.11 prints (locals, then globals, then builtins).
    pub(super) fn name_error_in(&mut self, frame: &Frame, name: &str) -> PyErr {
        let err = self.name_error(name);
        let keys = |d: &ObjRef| -> Vec<String> {
            match &d.payload {
                Payload::Dict(d) => d
                    .borrow()
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect(),
                _ => Vec::new(),
            }
        };
        let mut scopes = Vec::new();
        match &frame.namespace {
            Some(ns) => scopes.push(keys(ns)),
            None => {
                let code = &frame.code.code;
                let bound = code
                    .varnames
                    .iter()
                    .zip(&frame.locals)
                    .filter(|(_, v)| v.is_some())
                    .map(|(n, _)| n.clone());
                scopes.push(
                    bound
                        .chain(code.cellvars.iter().cloned())
                        .chain(code.freevars.iter().cloned())
                        .collect(),
                );
            }
        }
        scopes.push(keys(&frame.globals));
        scopes.push(keys(&self.interp.builtins));
        if let Some(mut st) = self.exc_state(&err.0) {
            st.suggestion_scopes = scopes;
        }
        err
    }

    pub(super) fn unbound_local(&mut self, frame: &Frame, i: u32) -> PyErr {
        let name = frame.code.code.varnames[i as usize].clone();
        self.new_exception(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ),
        )
    }

    pub(super) fn cell_name(&self, frame: &Frame, i: u32) -> Value {
        let code = &frame.code.code;
        let i = i as usize;
        let n = if i < code.cellvars.len() {
            &code.cellvars[i]
        } else {
            &code.freevars[i - code.cellvars.len()]
        };
        self.intern(n)
    }

    pub(super) fn unbound_cell(&mut self, frame: &Frame, i: u32) -> PyErr {
        let code = &frame.code.code;
        let i = i as usize;
        if i < code.cellvars.len() {
            let name = code.cellvars[i].clone();
            self.new_exception(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name
                ),
            )
        } else {
            let name = code.freevars[i - code.cellvars.len()].clone();
            self.new_exception(
                "NameError",
                format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
            )
        }
    }

    /// `except T:` matching; T may be a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        match typ.payload() {
            Some(Payload::Tuple(items)) => {
                for t in items.clone() {
                    if self.exception_matches(exc, &t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Payload::Class(_)) if self.is_exception_type(typ) => {
                let cls = typ.as_obj().expect("class").clone();
                Ok(self.isinstance(exc, &cls))
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Make an exception instance from what `raise` was given.
    pub fn exception_from(&mut self, v: Value) -> PyResult<ObjRef> {
        if self.is_exception_type(&v) {
            let inst = self.call(&v, vec![])?;
            return match inst {
                Value::Obj(o) if matches!(&o.payload, Payload::Instance(i) if i.exc.is_some()) => {
                    Ok(o)
                }
                other => {
                    let msg = format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        self.repr(&v)?,
                        self.type_name(&other)
                    );
                    Err(self.type_error(msg))
                }
            };
        }
        match v {
            Value::Obj(o) if matches!(&o.payload, Payload::Instance(i) if i.exc.is_some()) => Ok(o),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    pub(super) fn do_raise(&mut self, frame: &mut Box<Frame>, n: u32) -> PyErr {
        match n {
            0 => match self.handled.clone() {
                Value::Obj(o) => {
                    self.reraising = true;
                    PyErr(o)
                }
                _ => self.runtime_error("No active exception to reraise"),
            },
            _ => {
                let cause = if n == 2 { Some(pop!(frame)) } else { None };
                let exc = pop!(frame);
                let exc = match self.exception_from(exc) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                if let Some(cause) = cause {
                    let cause = if cause.is_none() {
                        None
                    } else {
                        match self.exception_from(cause) {
                            Ok(c) => Some(Value::Obj(c)),
                            Err(_) => {
                                return self
                                    .type_error("exception causes must derive from BaseException")
                            }
                        }
                    };
                    if let Some(mut st) = self.exc_state(&exc) {
                        st.cause = cause;
                        st.suppress_context = true;
                    }
                }
                PyErr(exc)
            }
        }
    }
}
