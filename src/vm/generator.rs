//! Generators and coroutines: resuming a suspended frame with `send`, `throw` and `close`, and
//! delegation for `yield from` / `await`.
//!
//! A generator owns its frame while suspended. Resuming takes the frame out, runs it with
//! `Vm::execute` until it yields (the frame goes back into the generator) or finishes (the frame is
//! dropped). A frame suspended in `YieldFrom` has its instruction pointer on that instruction and
//! the sub-iterator on top of its stack, so `throw` can pass the exception down.

use crate::compile::bytecode::Instr;
use crate::objects::{ObjRef, Payload, PyErr, PyResult, Value};

use super::eval::Exit;
use super::Vm;

/// The outcome of sending a value into a generator or iterator.
pub enum Sent {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// `next(gen)`: `None` when the generator is finished.
    pub fn generator_next(&mut self, gen: &ObjRef) -> PyResult<Option<Value>> {
        match self.generator_resume(gen, Value::None, None)? {
            Sent::Yielded(v) => Ok(Some(v)),
            Sent::Returned(_) => Ok(None),
        }
    }

    /// Resume `gen`, sending `value` in, or raising `throw` at its suspension point.
    pub fn generator_resume(
        &mut self,
        gen: &ObjRef,
        value: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Sent> {
        let Payload::Generator(cell) = &gen.payload else {
            return Err(self.type_error("expected a generator"));
        };
        let mut frame = {
            let mut g = cell.borrow_mut();
            if g.running {
                drop(g);
                return Err(self.value_error("generator already executing"));
            }
            let Some(frame) = g.frame.take() else {
                drop(g);
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(Sent::Returned(Value::None)),
                };
            };
            if !g.started && throw.is_none() && !value.is_none() {
                g.frame = Some(frame);
                drop(g);
                return Err(
                    self.type_error("can't send non-None value to a just-started generator")
                );
            }
            g.running = true;
            frame
        };
        let started = cell.borrow().started;
        cell.borrow_mut().started = true;
        let mut pending = throw;
        if started {
            // Suspended in `yield from`: pass a thrown exception to the sub-iterator first.
            if let (Some(e), Some(Instr::YieldFrom)) =
                (&pending, frame.code.code.instructions.get(frame.ip))
            {
                let sub = frame.stack.last().cloned().unwrap_or(Value::None);
                let e = e.clone();
                match self.throw_into(&sub, e) {
                    Ok(Sent::Yielded(v)) => {
                        let mut g = cell.borrow_mut();
                        g.frame = Some(frame);
                        g.running = false;
                        return Ok(Sent::Yielded(v));
                    }
                    Ok(Sent::Returned(v)) => {
                        frame.stack.pop();
                        frame.stack.push(v);
                        frame.ip += 1;
                        pending = None;
                    }
                    Err(e2) => {
                        frame.stack.pop();
                        frame.ip += 1;
                        pending = Some(e2);
                    }
                }
            } else if pending.is_none() {
                frame.stack.push(value);
            }
        }
        // Inside, `sys.exc_info()` is the generator's own exception if it yielded while handling
        // one, else the caller's (CPython chains the two states).
        let own = std::mem::replace(&mut cell.borrow_mut().handled, Value::None);
        let caller_handled = self.handled.clone();
        if !own.is_none() {
            self.handled = own;
        }
        if started {
            if let Err(e) = self.trace_resume(&mut frame) {
                pending = Some(e);
            }
        }
        let (frame, result) = self.execute(frame, pending);
        let inner = std::mem::replace(&mut self.handled, caller_handled.clone());
        let mut g = cell.borrow_mut();
        g.running = false;
        match result {
            Ok(Exit::Yield(v)) => {
                if !inner.is(&caller_handled) {
                    g.handled = inner;
                }
                g.frame = Some(frame);
                Ok(Sent::Yielded(v))
            }
            Ok(Exit::Return(v)) => {
                drop(g);
                drop(frame);
                Ok(Sent::Returned(v))
            }
            Err(e) => {
                drop(g);
                drop(frame);
                if self.err_matches(&e, "StopIteration") {
                    let kind = if matches!(
                        cell.borrow().kind,
                        crate::objects::function::GeneratorKind::Coroutine
                    ) {
                        "coroutine"
                    } else {
                        "generator"
                    };
                    let new = self.runtime_error(format!("{} raised StopIteration", kind));
                    if let Some(mut st) = self.exc_state(&new.0) {
                        st.cause = Some(Value::Obj(e.0.clone()));
                        st.context = Some(Value::Obj(e.0.clone()));
                        st.suppress_context = true;
                    }
                    return Err(new);
                }
                Err(e)
            }
        }
    }

    /// Send a value into whatever `yield from` delegates to.
    pub fn send_into(&mut self, sub: &Value, value: Value) -> PyResult<Sent> {
        if let Value::Obj(o) = sub {
            if matches!(o.payload, Payload::Generator(_)) {
                return self.generator_resume(o, value, None);
            }
        }
        let r = if value.is_none() {
            self.next(sub).map(|v| v.ok_or(()))
        } else {
            match self.call_method(sub, "send", vec![value]) {
                Ok(v) => Ok(Ok(v)),
                Err(e) if self.err_matches(&e, "StopIteration") => {
                    return Ok(Sent::Returned(stop_value(&e)))
                }
                Err(e) => Err(e),
            }
        };
        match r? {
            Ok(v) => Ok(Sent::Yielded(v)),
            Err(()) => Ok(Sent::Returned(Value::None)),
        }
    }

    fn throw_into(&mut self, sub: &Value, err: PyErr) -> PyResult<Sent> {
        if let Value::Obj(o) = sub {
            if matches!(o.payload, Payload::Generator(_)) {
                if self.err_matches(&err, "GeneratorExit") {
                    self.generator_close(o)?;
                    return Err(err);
                }
                return self.generator_resume(o, Value::None, Some(err));
            }
        }
        let throw = self.intern("throw");
        match self.getattr_opt(sub, &throw)? {
            Some(f) => match self.call(&f, vec![Value::Obj(err.0.clone())]) {
                Ok(v) => Ok(Sent::Yielded(v)),
                Err(e) if self.err_matches(&e, "StopIteration") => {
                    Ok(Sent::Returned(stop_value(&e)))
                }
                Err(e) => Err(e),
            },
            None => Err(err),
        }
    }

    /// `gen.close()`: raise GeneratorExit inside; it must not yield again.
    pub fn generator_close(&mut self, gen: &ObjRef) -> PyResult<()> {
        let finished = match &gen.payload {
            Payload::Generator(g) => g.borrow().frame.is_none(),
            _ => true,
        };
        if finished {
            return Ok(());
        }
        let started = match &gen.payload {
            Payload::Generator(g) => g.borrow().started,
            _ => true,
        };
        if !started {
            if let Payload::Generator(g) = &gen.payload {
                g.borrow_mut().frame = None;
            }
            return Ok(());
        }
        let exit = self.new_exception_args("GeneratorExit", vec![]);
        match self.generator_resume(gen, Value::None, Some(exit)) {
            Ok(Sent::Yielded(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(Sent::Returned(_)) => Ok(()),
            Err(e)
                if self.err_matches(&e, "GeneratorExit")
                    || self.err_matches(&e, "StopIteration") =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `await x`: a coroutine awaits as itself; other objects through `__await__`. `which` names
    /// the object in the error (0: an `await` operand, 1: what `__aenter__` returned, 2: what
    /// `__aexit__` returned), as CPython's `GET_AWAITABLE` does.
    pub fn get_awaitable(&mut self, v: &Value, which: u32) -> PyResult<Value> {
        if let Some(Payload::Generator(g)) = v.payload() {
            if g.borrow().kind == crate::objects::function::GeneratorKind::Coroutine {
                return Ok(v.clone());
            }
        }
        let name = self.names().__await__.clone();
        match self.call_special(v, &name, vec![])? {
            Some(it) => {
                if let Some(Payload::Generator(g)) = it.payload() {
                    if g.borrow().kind == crate::objects::function::GeneratorKind::Coroutine {
                        return Err(self.type_error("__await__() returned a coroutine"));
                    }
                }
                let next = self.intern("__next__");
                if !matches!(
                    it.payload(),
                    Some(Payload::Generator(_) | Payload::Iterator(_))
                ) && self.lookup_special(&it, &next).is_none()
                {
                    let msg = format!(
                        "__await__() returned non-iterator of type '{}'",
                        self.type_name(&it)
                    );
                    return Err(self.type_error(msg));
                }
                Ok(it)
            }
            None => {
                let type_name = self.type_name(v);
                let msg = match which {
                    1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {type_name}"),
                    2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {type_name}"),
                    _ => format!("object {type_name} can't be used in 'await' expression"),
                };
                Err(self.type_error(msg))
            }
        }
    }

    /// `async for`'s iterator: `type(v).__aiter__(v)`, which must have `__anext__`.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let aiter = self.intern("__aiter__");
        let Some(it) = self.call_special(v, &aiter, vec![])? else {
            let msg = format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            );
            return Err(self.type_error(msg));
        };
        let anext = self.intern("__anext__");
        if self.lookup_special(&it, &anext).is_none() {
            let msg = format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            );
            return Err(self.type_error(msg));
        }
        Ok(it)
    }

    /// One step of `async for`: what `__anext__()` returns, made ready to await.
    pub fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        let anext = self.intern("__anext__");
        let Some(awaitable) = self.call_special(it, &anext, vec![])? else {
            let msg = format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(it)
            );
            return Err(self.type_error(msg));
        };
        match self.get_awaitable(&awaitable, 0) {
            Ok(iterator) => Ok(iterator),
            Err(e) if self.err_matches(&e, "TypeError") => {
                let msg = format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name(&awaitable)
                );
                Err(self.type_error(msg))
            }
            Err(e) => Err(e),
        }
    }

    /// `async with mgr`: the bound `__aexit__` and the awaitable `__aenter__()` returned.
    pub fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter_name = self.intern("__aenter__");
        let exit_name = self.intern("__aexit__");
        let Some(enter) = self.lookup_special(mgr, &enter_name) else {
            let msg = format!(
                "'{}' object does not support the asynchronous context manager protocol",
                self.type_name(mgr)
            );
            return Err(self.type_error(msg));
        };
        let Some(exit) = self.lookup_special(mgr, &exit_name) else {
            let msg = format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                self.type_name(mgr)
            );
            return Err(self.type_error(msg));
        };
        let bound_exit = match exit.payload() {
            Some(Payload::Function(_)) => Value::obj(Payload::Method(exit, mgr.clone())),
            // A static or class method, or another descriptor: bound as attribute access binds.
            _ => self.getattr(mgr, &exit_name)?,
        };
        let awaitable = self.call_unbound(&enter, vec![mgr.clone()])?;
        Ok((bound_exit, awaitable))
    }

    /// Whether an exception caught by an `async for` ends the loop.
    pub fn is_stop_async_iteration(&self, exc: &Value) -> bool {
        let cls = self.types().exception("StopAsyncIteration");
        self.isinstance(exc, &cls)
    }
}

/// The value carried by a StopIteration (its first argument).
pub fn stop_value(e: &PyErr) -> Value {
    match &e.0.payload {
        Payload::Instance(i) => i
            .exc
            .as_ref()
            .and_then(|s| s.borrow().args.first().cloned())
            .unwrap_or(Value::None),
        _ => Value::None,
    }
}
