//! The eval loop: one arm per instruction.
//!
//! `execute` owns the running frame and switches frames without Rust recursion: a call to a
//! Python function makes a frame that `dispatch` enters in place: the caller goes on the
//! heap frame stack (`Vm::frames`) and continues with the callee; a return pops it back. An error
//! from `dispatch` unwinds here: each frame it passes gets a traceback entry, the innermost
//! exception block catches it, or the frame is popped and the caller tries.
//!
//! The periodic check (`Interp::eval_breaker`, one relaxed atomic load) runs on backward jumps
//! and calls, and after the instructions that can drop an object's last handle (`release_point!`):
//! that is where signals (Ctrl-C), pending `__del__` and weak reference callbacks, automatic
//! cycle collections and GIL drop requests are handled.

use std::sync::atomic::Ordering;

use crate::compile::bytecode::{
    Instr, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_DEFAULTS,
    MAKE_FUNCTION_KWDEFAULTS,
};
use crate::objects::iter::IterState;
use crate::objects::{Args, Dict, ObjRef, Payload, PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};

use super::frame::{Block, CodeObj, Frame};
use super::Vm;

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// After an instruction that may have dropped the last handle to an object (a `del`, the
/// rebinding of a module-level name): the `__del__` methods and weak reference callbacks that
/// queued run before the next instruction, as CPython runs them inside the decrement. Nothing
/// else of the periodic check happens here (no GIL hand-over, no signal, no collection): the
/// thread switches only where CPython's do. The hot stores (locals, attributes, items) rely on
/// the next call or backward jump instead.
macro_rules! release_point {
    ($vm:expr) => {
        if $vm.interp.eval_breaker.load(Ordering::Relaxed)
            && crate::runtime::finalize::has_pending()
        {
            $vm.run_finalizers();
        }
    };
}

macro_rules! pop {
    ($frame:expr) => {
        $frame.stack.pop().expect("value stack underflow")
    };
}

macro_rules! top {
    ($frame:expr) => {
        $frame.stack.last().expect("value stack underflow")
    };
}

impl Vm {
    /// Run a frame to completion (a function body, module or class body).
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        let (frame, result) = self.execute(frame, None);
        self.recycle_frame(frame);
        match result? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.runtime_error("yield outside a generator frame")),
        }
    }

    /// Run `entry` (and everything it calls) until it returns, yields, or raises; hand the frame
    /// back so a generator can keep it. `pending` starts by raising that error in the frame
    /// (`generator.throw`).
    pub fn execute(
        &mut self,
        entry: Box<Frame>,
        pending: Option<PyErr>,
    ) -> (Box<Frame>, PyResult<Exit>) {
        let outer = self.running;
        let nested = !outer.is_null();
        if nested {
            self.level_callers.push((self.frames.len(), outer));
        }
        let result = self.execute_level(entry, pending);
        if nested {
            self.level_callers.pop();
        }
        self.running = outer;
        result
    }

    fn execute_level(
        &mut self,
        entry: Box<Frame>,
        pending: Option<PyErr>,
    ) -> (Box<Frame>, PyResult<Exit>) {
        if self.depth >= self.interp.recursion_limit.get()
            || self.native_depth >= super::call::MAX_NATIVE_DEPTH
        {
            let e = self.new_exception(
                "RecursionError",
                "maximum recursion depth exceeded while calling a Python object",
            );
            return (entry, Err(e));
        }
        self.depth += 1;
        self.native_depth += 1;
        let base = self.frames.len();
        let mut frame = entry;
        let mut pending = pending;
        loop {
            let outcome = match pending.take() {
                Some(e) => Err(e),
                None => self.dispatch(&mut frame, base),
            };
            let err = match outcome {
                Ok(exit) => {
                    // `dispatch` switches frames itself; it returns only when the entry frame
                    // returns or yields.
                    self.depth -= 1;
                    self.native_depth -= 1;
                    return (frame, Ok(exit));
                }
                Err(e) => e,
            };
            // Unwind: record where the exception passed, find a handler.
            let reraised = std::mem::take(&mut self.reraising);
            let mut err = err;
            if !reraised {
                self.chain_context(&err);
                self.add_traceback(&err, &frame);
                if self.tracing {
                    if let Err(e) = self.trace_exception(&mut frame, &Value::Obj(err.0.clone())) {
                        err = e;
                    }
                }
            }
            loop {
                if let Some(block) = frame.blocks.pop() {
                    frame.stack.truncate(block.level as usize);
                    frame.stack.push(Value::Obj(err.0.clone()));
                    frame.ip = block.handler as usize;
                    break;
                }
                // Leaving the frame by the exception: its `return` event (with None).
                if self.tracing {
                    if let Err(e) = self.trace_return(&mut frame, &Value::None) {
                        err = e;
                    }
                }
                if self.frames.len() == base {
                    self.depth -= 1;
                    self.native_depth -= 1;
                    return (frame, Err(err));
                }
                let finished =
                    std::mem::replace(&mut frame, self.frames.pop().expect("caller frame"));
                self.recycle_frame(finished);
                self.depth -= 1;
                self.add_traceback(&err, &frame);
                if self.tracing {
                    if let Err(e) = self.trace_exception(&mut frame, &Value::Obj(err.0.clone())) {
                        err = e;
                    }
                }
            }
        }
    }

    /// Execute instructions of `frame` until it calls, returns, yields or raises.
    fn dispatch(&mut self, frame: &mut Box<Frame>, base: usize) -> PyResult<Exit> {
        'frames: loop {
            self.running = &**frame;
            // Read once per frame switch: a trace function set meanwhile applies to frames
            // entered after (as CPython's `settrace`), so the per-instruction test is a register.
            let tracing = self.tracing;
            if tracing {
                self.trace_frame_entry(frame)?;
            }
            // The running code, held locally: the instruction fetch is one bounds-checked load.
            let code = frame.code.clone();
            let instrs: &[Instr] = &code.quickened;
            loop {
                if tracing {
                    self.trace_instruction(frame)?;
                }
                let instr = instrs[frame.ip];
                frame.ip += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        pop!(frame);
                    }
                    Instr::Copy(n) => {
                        let v = frame.stack[frame.stack.len() - n as usize].clone();
                        frame.stack.push(v);
                    }
                    Instr::Swap(n) => {
                        let len = frame.stack.len();
                        frame.stack.swap(len - 1, len - n as usize);
                    }
                    Instr::LoadConst(i) => {
                        let v = code.consts[i as usize].clone();
                        frame.stack.push(v);
                    }
                    Instr::LoadFastLoadFast(a, b) => {
                        match (&frame.locals[a as usize], &frame.locals[b as usize]) {
                            (Some(x), Some(y)) => {
                                let (x, y) = (x.clone(), y.clone());
                                frame.stack.push(x);
                                frame.stack.push(y);
                                frame.ip += 1;
                            }
                            (Some(x), None) => {
                                // The LoadFast that follows raises, at its own position.
                                let x = x.clone();
                                frame.stack.push(x);
                            }
                            (None, _) => return Err(self.unbound_local(frame, a as u32)),
                        }
                    }
                    Instr::LoadFastLoadConst(a, c) => match &frame.locals[a as usize] {
                        Some(x) => {
                            let x = x.clone();
                            frame.stack.push(x);
                            frame.stack.push(code.consts[c as usize].clone());
                            frame.ip += 1;
                        }
                        None => return Err(self.unbound_local(frame, a as u32)),
                    },
                    Instr::LoadFastAttr(a, n) => {
                        let Some(obj) = &frame.locals[a as usize] else {
                            return Err(self.unbound_local(frame, a as u32));
                        };
                        match self.cached_load_attr(&code, n as u32, obj) {
                            Some(v) => {
                                frame.stack.push(v);
                                frame.ip += 1;
                            }
                            None => {
                                // The LoadAttr that follows takes the general path.
                                let obj = obj.clone();
                                frame.stack.push(obj);
                            }
                        }
                    }
                    Instr::LoadFastMethod(a, n) => {
                        let Some(obj) = &frame.locals[a as usize] else {
                            return Err(self.unbound_local(frame, a as u32));
                        };
                        let found = self.cached_load_method(&code, n as u32, obj);
                        let obj = obj.clone();
                        match found {
                            Some(found) => {
                                self.push_method(frame, found, obj);
                                frame.ip += 1;
                            }
                            // The LoadMethod that follows takes the general path.
                            None => frame.stack.push(obj),
                        }
                    }
                    Instr::CompareJumpIfFalse(op, target)
                    | Instr::CompareJumpIfTrue(op, target) => {
                        let len = frame.stack.len();
                        let quick =
                            compare_numbers(op, &frame.stack[len - 2], &frame.stack[len - 1]);
                        match quick {
                            Some(r) => {
                                frame.stack.truncate(len - 2);
                                let jump_when = matches!(instr, Instr::CompareJumpIfTrue(..));
                                if r == jump_when {
                                    frame.ip = target as usize;
                                } else {
                                    frame.ip += 1;
                                }
                            }
                            None => {
                                // Compare here; the PopJump that follows tests the result.
                                let b = pop!(frame);
                                let a = pop!(frame);
                                let r = self.compare(&a, &b, op)?;
                                frame.stack.push(r);
                            }
                        }
                    }
                    Instr::LoadFast(i) => match &frame.locals[i as usize] {
                        Some(v) => {
                            let v = v.clone();
                            frame.stack.push(v);
                        }
                        None => return Err(self.unbound_local(frame, i)),
                    },
                    Instr::StoreFast(i) => {
                        let v = pop!(frame);
                        frame.locals[i as usize] = Some(v);
                    }
                    Instr::DeleteFast(i) => {
                        if frame.locals[i as usize].take().is_none() {
                            return Err(self.unbound_local(frame, i));
                        }
                        release_point!(self);
                    }
                    Instr::LoadDeref(i) => {
                        let v = cell_get(&frame.cells[i as usize]);
                        match v {
                            Some(v) => frame.stack.push(v),
                            None => return Err(self.unbound_cell(frame, i)),
                        }
                    }
                    Instr::StoreDeref(i) => {
                        let v = pop!(frame);
                        cell_set(&frame.cells[i as usize], Some(v));
                    }
                    Instr::DeleteDeref(i) => {
                        if cell_get(&frame.cells[i as usize]).is_none() {
                            return Err(self.unbound_cell(frame, i));
                        }
                        cell_set(&frame.cells[i as usize], None);
                    }
                    Instr::LoadClosure(i) => {
                        let c = frame.cells[i as usize].clone();
                        frame.stack.push(Value::Obj(c));
                    }
                    Instr::LoadClassDeref(i) => {
                        let name = self.cell_name(frame, i);
                        let found = frame
                            .namespace
                            .as_ref()
                            .and_then(|ns| super::dict_get_str(ns, &name));
                        match found.or_else(|| cell_get(&frame.cells[i as usize])) {
                            Some(v) => frame.stack.push(v),
                            None => return Err(self.unbound_cell(frame, i)),
                        }
                    }
                    Instr::LoadGlobal(i) => {
                        let v = match self.cached_global(&code, frame, i as usize) {
                            Some(v) => v,
                            None => self.load_global_slow(&code, frame, i as usize)?,
                        };
                        frame.stack.push(v);
                    }
                    Instr::StoreGlobal(i) => {
                        let v = pop!(frame);
                        super::dict_set_str(&frame.globals, code.names[i as usize].clone(), v);
                        release_point!(self);
                    }
                    Instr::DeleteGlobal(i) => {
                        let name = code.names[i as usize].clone();
                        if !dict_remove_str(&frame.globals, &name) {
                            let n = name.as_str().unwrap_or("").to_string();
                            return Err(self.name_error(&n));
                        }
                        release_point!(self);
                    }
                    Instr::LoadName(i) => {
                        let name = &code.names[i as usize];
                        let found = match &frame.namespace {
                            Some(ns) => self.namespace_get(ns, name)?,
                            None => None,
                        };
                        let v = match found {
                            Some(v) => v,
                            None => match super::dict_get_str(&frame.globals, name)
                                .or_else(|| super::dict_get_str(&self.interp.builtins, name))
                            {
                                Some(v) => v,
                                None => {
                                    let n = name.as_str().unwrap_or("").to_string();
                                    return Err(self.name_error_in(frame, &n));
                                }
                            },
                        };
                        frame.stack.push(v);
                    }
                    Instr::StoreName(i) => {
                        let v = pop!(frame);
                        let name = code.names[i as usize].clone();
                        match &frame.namespace {
                            Some(ns) => self.namespace_set(ns, name, v)?,
                            None => super::dict_set_str(&frame.globals, name, v),
                        }
                        release_point!(self);
                    }
                    Instr::DeleteName(i) => {
                        let name = code.names[i as usize].clone();
                        let ns = frame
                            .namespace
                            .clone()
                            .unwrap_or_else(|| frame.globals.clone());
                        if !dict_remove_str(&ns, &name) {
                            let n = name.as_str().unwrap_or("").to_string();
                            return Err(self.name_error(&n));
                        }
                        release_point!(self);
                    }
                    Instr::LoadAttr(i) => {
                        let obj = pop!(frame);
                        if let Some(v) = self.cached_load_attr(&code, i, &obj) {
                            frame.stack.push(v);
                            continue;
                        }
                        let v = self.getattr(&obj, &code.names[i as usize])?;
                        frame.stack.push(v);
                    }
                    Instr::StoreAttr(i) => {
                        let obj = pop!(frame);
                        let value = pop!(frame);
                        if let Some(value) = self.cached_store_attr(&code, i, &obj, value) {
                            self.setattr(&obj, &code.names[i as usize], value)?;
                        }
                    }
                    Instr::DeleteAttr(i) => {
                        let obj = pop!(frame);
                        let name = code.names[i as usize].clone();
                        self.delattr(&obj, &name)?;
                        drop(obj);
                        release_point!(self);
                    }
                    Instr::LoadMethod(i) => {
                        let obj = pop!(frame);
                        let found = match self.cached_load_method(&code, i, &obj) {
                            Some(found) => found,
                            None => self.load_method(&obj, &code.names[i as usize])?,
                        };
                        self.push_method(frame, found, obj);
                    }
                    Instr::CallMethod(n) => {
                        let n = n as usize;
                        let at = frame.stack.len() - n - 2;
                        let is_null = matches!(&frame.stack[at + 1], Value::Obj(o) if crate::objects::ObjRef::ptr_eq(o, &self.types().null));
                        let args_from = if is_null { at + 2 } else { at + 1 };
                        if let Some(callee) = self.call_from_stack(frame, at, args_from)? {
                            self.enter(frame, callee)?;
                            continue 'frames;
                        }
                    }
                    Instr::BinarySubscr => {
                        let index = pop!(frame);
                        let container = pop!(frame);
                        let v = match (&container, &index) {
                            (Value::Obj(o), Value::Int(i))
                                if matches!(o.payload, Payload::List(_)) =>
                            {
                                let Payload::List(l) = &o.payload else {
                                    unreachable!()
                                };
                                let l = l.borrow();
                                let i = if *i < 0 { *i + l.len() as i64 } else { *i };
                                match l.get(i as usize) {
                                    Some(v) if i >= 0 => v.clone(),
                                    _ => {
                                        drop(l);
                                        return Err(self.index_error("list index out of range"));
                                    }
                                }
                            }
                            _ => self.getitem(&container, &index)?,
                        };
                        frame.stack.push(v);
                    }
                    Instr::StoreSubscr => {
                        let index = pop!(frame);
                        let container = pop!(frame);
                        let value = pop!(frame);
                        self.setitem(&container, &index, value)?;
                    }
                    Instr::DeleteSubscr => {
                        let index = pop!(frame);
                        let container = pop!(frame);
                        self.delitem(&container, &index)?;
                        drop((container, index));
                        release_point!(self);
                    }
                    Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                        // Numbers have no in-place forms: on them `x += 1` is `x + 1`.
                        let len = frame.stack.len();
                        if let Some(r) =
                            quick_binary(op, &frame.stack[len - 2], &frame.stack[len - 1])
                        {
                            frame.stack.truncate(len - 1);
                            frame.stack[len - 2] = r;
                            continue;
                        }
                        let b = pop!(frame);
                        let a = pop!(frame);
                        let r = if matches!(instr, Instr::InplaceOp(_)) {
                            self.inplace_op(&a, &b, op)?
                        } else {
                            self.binary_op(&a, &b, op)?
                        };
                        frame.stack.push(r);
                    }
                    Instr::UnaryOp(op) => {
                        let v = pop!(frame);
                        let r = self.unary_op(&v, op)?;
                        frame.stack.push(r);
                    }
                    Instr::CompareOp(op) => {
                        let len = frame.stack.len();
                        if let Some(r) =
                            compare_numbers(op, &frame.stack[len - 2], &frame.stack[len - 1])
                        {
                            frame.stack.truncate(len - 1);
                            frame.stack[len - 2] = Value::bool(r);
                            continue;
                        }
                        let b = pop!(frame);
                        let a = pop!(frame);
                        let r = self.compare(&a, &b, op)?;
                        frame.stack.push(r);
                    }
                    Instr::BuildTuple(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        frame.stack.push(Value::tuple(items));
                    }
                    Instr::BuildList(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        frame.stack.push(Value::list(items));
                    }
                    Instr::BuildSet(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        let set = crate::objects::set::new_set(self, items, false)?;
                        frame.stack.push(set);
                    }
                    Instr::BuildMap(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                        let d = Value::dict(Dict::with_capacity(n as usize));
                        if let Some(Payload::Dict(cell)) = d.payload() {
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                crate::objects::dict::set(self, cell, k, v)?;
                            }
                        }
                        frame.stack.push(d);
                    }
                    Instr::BuildConstKeyMap(n) => {
                        let keys = pop!(frame);
                        let values = frame.stack.split_off(frame.stack.len() - n as usize);
                        let d = Value::dict(Dict::with_capacity(n as usize));
                        if let (Some(Payload::Dict(cell)), Some(Payload::Tuple(keys))) =
                            (d.payload(), keys.payload())
                        {
                            for (k, v) in keys.iter().zip(values) {
                                crate::objects::dict::set(self, cell, k.clone(), v)?;
                            }
                        }
                        frame.stack.push(d);
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { pop!(frame) } else { Value::None };
                        let stop = pop!(frame);
                        let start = pop!(frame);
                        frame
                            .stack
                            .push(Value::obj(Payload::Slice(start, stop, step)));
                    }
                    Instr::BuildString(n) => {
                        let parts = frame.stack.split_off(frame.stack.len() - n as usize);
                        let mut s = String::new();
                        for p in &parts {
                            s.push_str(p.as_str().unwrap_or(""));
                        }
                        frame.stack.push(Value::str(s));
                    }
                    Instr::ListAppend(d) => {
                        let v = pop!(frame);
                        let list = &frame.stack[frame.stack.len() - d as usize];
                        if let Some(Payload::List(l)) = list.payload() {
                            l.borrow_mut().push(v);
                        }
                    }
                    Instr::SetAdd(d) => {
                        let v = pop!(frame);
                        let set = frame.stack[frame.stack.len() - d as usize].clone();
                        crate::objects::set::add(self, &set, v)?;
                    }
                    Instr::MapAdd(d) => {
                        let v = pop!(frame);
                        let k = pop!(frame);
                        let dict = frame.stack[frame.stack.len() - d as usize].clone();
                        if let Some(Payload::Dict(cell)) = dict.payload() {
                            crate::objects::dict::set(self, cell, k, v)?;
                        }
                    }
                    Instr::ListExtend(d) => {
                        let iterable = pop!(frame);
                        let list = frame.stack[frame.stack.len() - d as usize].clone();
                        let items = match self.collect(&iterable) {
                            Ok(items) => items,
                            Err(e)
                                if self.err_matches(&e, "TypeError")
                                    && !self.is_iterable(&iterable) =>
                            {
                                let msg = format!(
                                    "Value after * must be an iterable, not {}",
                                    self.type_name(&iterable)
                                );
                                return Err(self.type_error(msg));
                            }
                            Err(e) => return Err(e),
                        };
                        if let Some(Payload::List(l)) = list.payload() {
                            l.borrow_mut().extend(items);
                        }
                    }
                    Instr::SetUpdate(d) => {
                        let iterable = pop!(frame);
                        let set = frame.stack[frame.stack.len() - d as usize].clone();
                        for item in self.collect(&iterable)? {
                            crate::objects::set::add(self, &set, item)?;
                        }
                    }
                    Instr::DictUpdate(d) | Instr::DictMerge(d) => {
                        let mapping = pop!(frame);
                        let dict = frame.stack[frame.stack.len() - d as usize].clone();
                        let merge = matches!(instr, Instr::DictMerge(_));
                        let callee = if merge {
                            Some(frame.stack[frame.stack.len() - d as usize - 2].clone())
                        } else {
                            None
                        };
                        self.dict_update_from(&dict, &mapping, callee.as_ref())?;
                    }
                    Instr::ListToTuple => {
                        let l = pop!(frame);
                        let items = match l.payload() {
                            Some(Payload::List(l)) => std::mem::take(&mut *l.borrow_mut()),
                            _ => Vec::new(),
                        };
                        frame.stack.push(Value::tuple(items));
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = pop!(frame);
                        let n = n as usize;
                        let fast = match seq.payload() {
                            Some(Payload::Tuple(t)) if t.len() == n => Some(t.clone()),
                            Some(Payload::List(l)) if l.borrow().len() == n => {
                                Some(l.borrow().clone())
                            }
                            _ => None,
                        };
                        let items = match fast {
                            Some(items) => items,
                            None => self.unpack_iterable(&seq, n, None)?,
                        };
                        frame.stack.extend(items.into_iter().rev());
                    }
                    Instr::UnpackEx(before, after) => {
                        let seq = pop!(frame);
                        let (before, after) = (before as usize, after as usize);
                        let mut items = self.unpack_iterable(&seq, before, Some(after))?;
                        let rest: Vec<Value> = items.drain(before..items.len() - after).collect();
                        let tail = items.split_off(before);
                        frame.stack.extend(tail.into_iter().rev());
                        frame.stack.push(Value::list(rest));
                        frame.stack.extend(items.into_iter().rev());
                    }
                    Instr::FormatValue {
                        conversion,
                        has_spec,
                    } => {
                        let spec = if has_spec { Some(pop!(frame)) } else { None };
                        let v = pop!(frame);
                        let v = match conversion {
                            b'r' => Value::str(self.repr(&v)?),
                            b's' => Value::str(self.str(&v)?),
                            b'a' => Value::str(crate::objects::str::ascii(&self.repr(&v)?)),
                            _ => v,
                        };
                        let spec_str = spec
                            .as_ref()
                            .and_then(|s| s.as_str())
                            .unwrap_or("")
                            .to_string();
                        let r = if spec_str.is_empty() && v.as_str().is_some() {
                            v
                        } else {
                            Value::str(self.format(&v, &spec_str)?)
                        };
                        frame.stack.push(r);
                    }
                    Instr::GetIter => {
                        let v = pop!(frame);
                        let it = self.iter(&v)?;
                        frame.stack.push(it);
                    }
                    Instr::ForIter(target) => {
                        let it = top!(frame).clone();
                        let next = match &it {
                            Value::Obj(o) => match &o.payload {
                                Payload::Iterator(state) => {
                                    let quick = match &mut *state.borrow_mut() {
                                        IterState::Range { next, stop, step } => {
                                            let n = *next;
                                            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop)
                                            {
                                                *next = n.wrapping_add(*step);
                                                Some(Some(Value::Int(n)))
                                            } else {
                                                Some(None)
                                            }
                                        }
                                        IterState::Seq {
                                            seq: Value::Obj(s),
                                            index,
                                        } if matches!(s.payload, Payload::List(_)) => {
                                            let Payload::List(l) = &s.payload else {
                                                unreachable!()
                                            };
                                            let item = l.borrow().get(*index).cloned();
                                            *index += 1;
                                            Some(item)
                                        }
                                        _ => None,
                                    };
                                    match quick {
                                        Some(v) => v,
                                        None => self.next(&it)?,
                                    }
                                }
                                _ => self.next(&it)?,
                            },
                            _ => self.next(&it)?,
                        };
                        match next {
                            Some(v) => frame.stack.push(v),
                            None => {
                                pop!(frame);
                                frame.ip = target as usize;
                            }
                        }
                    }
                    Instr::Jump(target) => {
                        if (target as usize) < frame.ip {
                            self.periodic_check()?;
                        }
                        frame.ip = target as usize;
                    }
                    Instr::PopJumpIfFalse(target) => {
                        if let Some(Value::Bool(b)) = frame.stack.last() {
                            let b = b.get();
                            frame.stack.truncate(frame.stack.len() - 1);
                            if !b {
                                frame.ip = target as usize;
                            }
                            continue;
                        }
                        let v = pop!(frame);
                        let t = match v {
                            Value::Bool(b) => b.get(),
                            _ => self.truthy(&v)?,
                        };
                        if !t {
                            frame.ip = target as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(target) => {
                        if let Some(Value::Bool(b)) = frame.stack.last() {
                            let b = b.get();
                            frame.stack.truncate(frame.stack.len() - 1);
                            if b {
                                frame.ip = target as usize;
                            }
                            continue;
                        }
                        let v = pop!(frame);
                        let t = match v {
                            Value::Bool(b) => b.get(),
                            _ => self.truthy(&v)?,
                        };
                        if t {
                            frame.ip = target as usize;
                        }
                    }
                    Instr::PopJumpIfNone(target) => {
                        if pop!(frame).is_none() {
                            frame.ip = target as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(target) => {
                        let v = top!(frame).clone();
                        if !self.truthy(&v)? {
                            frame.ip = target as usize;
                        } else {
                            pop!(frame);
                        }
                    }
                    Instr::JumpIfTrueOrPop(target) => {
                        let v = top!(frame).clone();
                        if self.truthy(&v)? {
                            frame.ip = target as usize;
                        } else {
                            pop!(frame);
                        }
                    }
                    Instr::Call(n) => {
                        let at = frame.stack.len() - n as usize - 1;
                        if let Some(callee) = self.call_from_stack(frame, at, at + 1)? {
                            self.enter(frame, callee)?;
                            continue 'frames;
                        }
                    }
                    Instr::CallKw(n) => {
                        let kwnames = pop!(frame);
                        let names = match kwnames.payload() {
                            Some(Payload::Tuple(t)) => t.clone(),
                            _ => Vec::new(),
                        };
                        let mut values = frame.stack.split_off(frame.stack.len() - n as usize);
                        let kwvalues = values.split_off(values.len() - names.len());
                        let callee = pop!(frame);
                        let args = Args {
                            args: values,
                            kwargs: names.into_iter().zip(kwvalues).collect(),
                        };
                        if let Some(callee) = self.call_with_args(frame, callee, args)? {
                            self.enter(frame, callee)?;
                            continue 'frames;
                        }
                    }
                    Instr::CallEx { has_kwargs } => {
                        let kwargs = if has_kwargs { Some(pop!(frame)) } else { None };
                        let posargs = pop!(frame);
                        let callee = pop!(frame);
                        let args = match posargs.payload() {
                            Some(Payload::Tuple(t)) => t.clone(),
                            _ => self.star_arguments(&callee, &posargs)?,
                        };
                        let kwargs = match kwargs.as_ref().and_then(|k| k.payload()) {
                            Some(Payload::Dict(d)) => d.borrow().items(),
                            _ => Vec::new(),
                        };
                        if kwargs.iter().any(|(k, _)| k.as_str().is_none()) {
                            return Err(self.type_error("keywords must be strings"));
                        }
                        if let Some(new_frame) =
                            self.call_with_args(frame, callee, Args { args, kwargs })?
                        {
                            self.enter(frame, new_frame)?;
                            continue 'frames;
                        }
                    }
                    Instr::MakeFunction(flags) => {
                        let code = pop!(frame);
                        let closure = if flags & MAKE_FUNCTION_CLOSURE != 0 {
                            Some(pop!(frame))
                        } else {
                            None
                        };
                        let annotations = if flags & MAKE_FUNCTION_ANNOTATIONS != 0 {
                            Some(pop!(frame))
                        } else {
                            None
                        };
                        let kwdefaults = if flags & MAKE_FUNCTION_KWDEFAULTS != 0 {
                            Some(pop!(frame))
                        } else {
                            None
                        };
                        let defaults = if flags & MAKE_FUNCTION_DEFAULTS != 0 {
                            Some(pop!(frame))
                        } else {
                            None
                        };
                        let f = self.make_function(
                            frame,
                            code,
                            defaults,
                            kwdefaults,
                            annotations,
                            closure,
                        );
                        frame.stack.push(f);
                    }
                    Instr::SetupAnnotations => {
                        let ns = frame
                            .namespace
                            .clone()
                            .unwrap_or_else(|| frame.globals.clone());
                        let key = self.intern("__annotations__");
                        if self.namespace_get(&ns, &key)?.is_none() {
                            let annotations = Value::dict(crate::objects::Dict::new());
                            self.namespace_set(&ns, key, annotations)?;
                        }
                    }
                    Instr::StoreAnnotation(i) => {
                        let annotation = pop!(frame);
                        let ns = frame
                            .namespace
                            .clone()
                            .unwrap_or_else(|| frame.globals.clone());
                        let key = self.intern("__annotations__");
                        let Some(annotations) = self.namespace_get(&ns, &key)? else {
                            return Err(self.name_error("__annotations__"));
                        };
                        let name = code.names[i as usize].clone();
                        self.setitem(&annotations, &name, annotation)?;
                    }
                    Instr::LoadBuildClass => {
                        let f = super::dict_get_str(
                            &self.interp.builtins,
                            &self.intern("__build_class__"),
                        )
                        .unwrap_or(Value::None);
                        frame.stack.push(f);
                    }
                    Instr::ReturnValue => {
                        let v = pop!(frame);
                        if tracing {
                            self.trace_return(frame, &v)?;
                        }
                        if self.frames.len() == base {
                            return Ok(Exit::Return(v));
                        }
                        // Back to the caller without leaving the loop.
                        let mut finished =
                            std::mem::replace(frame, self.frames.pop().expect("caller frame"));
                        let init_instance = finished.init_instance.take();
                        self.recycle_frame(finished);
                        self.depth -= 1;
                        let v = match init_instance {
                            None => v,
                            // `Class(...)` ran `__init__` here: the call's value is the instance.
                            Some(instance) => {
                                if !v.is_none() {
                                    let msg = format!(
                                        "__init__() should return None, not '{}'",
                                        self.type_name(&v)
                                    );
                                    return Err(self.type_error(msg));
                                }
                                if let Some(Payload::Instance(inst)) = instance.payload() {
                                    inst.note_initialized();
                                }
                                instance
                            }
                        };
                        frame.stack.push(v);
                        continue 'frames;
                    }
                    Instr::YieldValue => {
                        let v = pop!(frame);
                        if tracing {
                            self.trace_return(frame, &v)?;
                        }
                        return Ok(Exit::Yield(v));
                    }
                    Instr::GetYieldFromIter => {
                        let v = pop!(frame);
                        let it = match v.payload() {
                            Some(Payload::Generator(_)) => v,
                            _ => self.iter(&v)?,
                        };
                        frame.stack.push(it);
                    }
                    Instr::YieldFrom => {
                        let value = pop!(frame);
                        let sub = top!(frame).clone();
                        match self.send_into(&sub, value)? {
                            super::generator::Sent::Yielded(v) => {
                                frame.ip -= 1;
                                return Ok(Exit::Yield(v));
                            }
                            super::generator::Sent::Returned(v) => {
                                pop!(frame);
                                frame.stack.push(v);
                            }
                        }
                    }
                    Instr::GetAwaitable(which) => {
                        let v = pop!(frame);
                        let aw = self.get_awaitable(&v, which)?;
                        frame.stack.push(aw);
                    }
                    Instr::GetAiter => {
                        let v = pop!(frame);
                        let it = self.get_aiter(&v)?;
                        frame.stack.push(it);
                    }
                    Instr::GetAnext => {
                        let it = top!(frame).clone();
                        let awaitable = self.get_anext(&it)?;
                        frame.stack.push(awaitable);
                    }
                    Instr::EndAsyncFor => {
                        let exc = pop!(frame);
                        if !self.is_stop_async_iteration(&exc) {
                            self.reraising = true;
                            return Err(match exc {
                                Value::Obj(o) => PyErr(o),
                                _ => self.runtime_error("reraise of a non-exception"),
                            });
                        }
                        pop!(frame);
                    }
                    Instr::BeforeAsyncWith => {
                        let mgr = pop!(frame);
                        let (exit, awaitable) = self.before_async_with(&mgr)?;
                        frame.stack.push(exit);
                        frame.stack.push(awaitable);
                    }
                    Instr::ImportName(i) => {
                        let fromlist = pop!(frame);
                        let level = pop!(frame);
                        let name = code.names[i as usize].as_str().unwrap_or("").to_string();
                        let level = if let Value::Int(l) = level {
                            l as usize
                        } else {
                            0
                        };
                        let globals = frame.globals.clone();
                        let m = crate::stdlib::import::import_name(
                            self, &name, &globals, &fromlist, level,
                        )?;
                        frame.stack.push(m);
                    }
                    Instr::ImportFrom(i) => {
                        let module = top!(frame).clone();
                        let name = code.names[i as usize].clone();
                        let v = crate::stdlib::import::import_from(self, &module, &name)?;
                        frame.stack.push(v);
                    }
                    Instr::ImportStar => {
                        let module = pop!(frame);
                        let target = frame
                            .namespace
                            .clone()
                            .unwrap_or_else(|| frame.globals.clone());
                        crate::stdlib::import::import_star(self, &module, &target)?;
                    }
                    Instr::SetupExcept(handler) => {
                        frame.blocks.push(Block {
                            handler,
                            level: frame.stack.len() as u32,
                        });
                    }
                    Instr::PopBlock => {
                        frame.blocks.pop();
                    }
                    Instr::PushExcInfo => {
                        let exc = pop!(frame);
                        let prev = std::mem::replace(&mut self.handled, exc.clone());
                        frame.stack.push(prev);
                        frame.stack.push(exc);
                    }
                    Instr::PopExcept => {
                        let prev = pop!(frame);
                        self.handled = prev;
                    }
                    Instr::CheckExcMatch => {
                        let typ = pop!(frame);
                        let exc = top!(frame).clone();
                        let m = self.exception_matches(&exc, &typ)?;
                        frame.stack.push(Value::bool(m));
                    }
                    Instr::Reraise => {
                        let exc = pop!(frame);
                        self.reraising = true;
                        return Err(match exc {
                            Value::Obj(o) => PyErr(o),
                            _ => self.runtime_error("reraise of a non-exception"),
                        });
                    }
                    Instr::CheckEgMatch => {
                        let typ = pop!(frame);
                        let exc = pop!(frame);
                        let (rest, matched) =
                            crate::objects::exception_group::check_eg_match(self, &exc, &typ)?;
                        if !matched.is_none() {
                            self.handled = matched.clone();
                        }
                        frame.stack.push(rest);
                        frame.stack.push(matched);
                    }
                    Instr::PrepReraiseStar => {
                        let raised = pop!(frame);
                        let orig = pop!(frame);
                        let exc = crate::objects::exception_group::prep_reraise_star(
                            self, &orig, &raised,
                        )?;
                        frame.stack.push(exc);
                    }
                    Instr::RaiseVarargs(n) => return Err(self.do_raise(frame, n)),
                    Instr::LoadAssertionError => {
                        frame
                            .stack
                            .push(Value::Obj(self.types().exception("AssertionError")));
                    }
                    Instr::BeforeWith => {
                        let mgr = pop!(frame);
                        // `__enter__` may block (a lock): the wait must see the script's line.
                        let (exit, entered) =
                            self.with_frame_lent(frame, |vm| vm.before_with(&mgr))?;
                        frame.stack.push(exit);
                        frame.stack.push(entered);
                    }
                    Instr::WithExitNormal => {
                        let exit = pop!(frame);
                        self.call(&exit, vec![Value::None, Value::None, Value::None])?;
                    }
                    Instr::WithExceptStart => {
                        let exc = top!(frame).clone();
                        let exit = frame.stack[frame.stack.len() - 3].clone();
                        let typ = Value::Obj(self.type_of(&exc));
                        let r = self.call(&exit, vec![typ, exc, Value::None])?;
                        frame.stack.push(r);
                    }
                    Instr::MatchSequence => {
                        let is_sequence = self.match_sequence(top!(frame));
                        frame.stack.push(Value::bool(is_sequence));
                    }
                    Instr::MatchMapping => {
                        let is_mapping = self.match_mapping(top!(frame));
                        frame.stack.push(Value::bool(is_mapping));
                    }
                    Instr::GetLen => {
                        let v = top!(frame).clone();
                        let n = self.len(&v)?;
                        frame.stack.push(Value::Int(n as i64));
                    }
                    Instr::MatchKeys => {
                        let len = frame.stack.len();
                        let (subject, keys) =
                            (frame.stack[len - 2].clone(), frame.stack[len - 1].clone());
                        let values = self.match_keys(&subject, &keys)?;
                        frame.stack.push(values);
                    }
                    Instr::MatchClass(count) => {
                        let names = pop!(frame);
                        let cls = pop!(frame);
                        let subject = pop!(frame);
                        let attributes =
                            self.match_class(&subject, &cls, count as usize, &names)?;
                        frame.stack.push(attributes);
                    }
                    Instr::PrintExpr => {
                        let v = pop!(frame);
                        crate::stdlib::sys::display_value(self, v)?;
                    }
                }
            }
        }
    }

    /// What `LoadMethod` leaves for `CallMethod`: (function self) for a method found on the
    /// type, (attribute NULL) otherwise.
    #[inline]
    fn push_method(&self, frame: &mut Frame, found: super::attr::MethodLookup, obj: Value) {
        match found {
            super::attr::MethodLookup::Unbound(f) => {
                frame.stack.push(f);
                frame.stack.push(obj);
            }
            super::attr::MethodLookup::Attr(v) => {
                frame.stack.push(v);
                frame.stack.push(Value::Obj(self.types().null.clone()));
            }
        }
    }

    /// The periodic check behind one flag: Ctrl-C now; the GIL and the collector later.
    #[inline]
    pub fn periodic_check(&mut self) -> PyResult<()> {
        if !self.interp.eval_breaker.load(Ordering::Relaxed) {
            return Ok(());
        }
        self.handle_eval_breaker()
    }

    /// In CPython 3.11's order: signals (main thread only), pending work (`__del__`), then the
    /// GIL when another thread asked for it.
    #[cold]
    fn handle_eval_breaker(&mut self) -> PyResult<()> {
        // A swap, not a store: a drop request raised right now must not be lost.
        self.interp.eval_breaker.swap(false, Ordering::AcqRel);
        if self.is_main_thread() && crate::runtime::signals::take_interrupt() {
            return Err(self.new_exception_args("KeyboardInterrupt", vec![]));
        }
        self.run_finalizers();
        if crate::runtime::gc::take_pending() {
            self.collect_garbage_due();
        }
        let gil = crate::runtime::gil();
        if gil.drop_requested() {
            gil.yield_if_requested(self.thread_id);
            // Our own queued finalizers may have lost the breaker to another thread meanwhile.
            self.run_finalizers();
        }
        Ok(())
    }

    /// A global read through the code object's cache, when both dicts are unchanged.
    #[inline(always)]
    fn cached_global(&self, code: &CodeObj, frame: &Frame, i: usize) -> Option<Value> {
        let cache = code.global_cache.borrow();
        let e = cache[i].as_ref()?;
        if !std::ptr::eq(e.globals.as_ptr(), ObjRef::as_ptr(&frame.globals))
            || e.globals_version != dict_version(&frame.globals)
            || e.builtins_version != dict_version(&self.interp.builtins)
        {
            return None;
        }
        let dict = if e.in_builtins {
            &self.interp.builtins
        } else {
            &frame.globals
        };
        match &dict.payload {
            Payload::Dict(d) => d.borrow().entry_at(e.index).map(|e| e.value.clone()),
            _ => None,
        }
    }

    /// A global read that looks in the dicts and fills the cache.
    #[cold]
    #[inline(never)]
    fn load_global_slow(&mut self, code: &CodeObj, frame: &Frame, i: usize) -> PyResult<Value> {
        let name = &code.names[i];
        let find = |dict: &ObjRef| match &dict.payload {
            Payload::Dict(d) => {
                let d = d.borrow();
                let index = d.find_str(name.as_pystr()?.hash(), name)?;
                Some((index, d.entry_at(index)?.value.clone()))
            }
            _ => None,
        };
        let (in_builtins, (index, v)) = match find(&frame.globals) {
            Some(found) => (false, found),
            None => match find(&self.interp.builtins) {
                Some(found) => (true, found),
                None => {
                    let n = name.as_str().unwrap_or("").to_string();
                    return Err(self.name_error_in(frame, &n));
                }
            },
        };
        code.global_cache.borrow_mut()[i] = Some(super::frame::GlobalCacheEntry {
            globals: ObjRef::downgrade(&frame.globals),
            globals_version: dict_version(&frame.globals),
            builtins_version: dict_version(&self.interp.builtins),
            in_builtins,
            index,
        });
        Ok(v)
    }

    fn namespace_get(&mut self, ns: &ObjRef, name: &Value) -> PyResult<Option<Value>> {
        match &ns.payload {
            Payload::Dict(d) => Ok(d.borrow().get_str(name).cloned()),
            _ => {
                let v = Value::Obj(ns.clone());
                match self.getitem(&v, name) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, "KeyError") => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn namespace_set(&mut self, ns: &ObjRef, name: Value, v: Value) -> PyResult<()> {
        match &ns.payload {
            Payload::Dict(d) => {
                d.borrow_mut().set_str(name, v);
                Ok(())
            }
            _ => self.setitem(&Value::Obj(ns.clone()), &name, v),
        }
    }
}

fn cell_get(cell: &ObjRef) -> Option<Value> {
    match &cell.payload {
        Payload::Cell(c) => c.borrow().clone(),
        _ => None,
    }
}

fn cell_set(cell: &ObjRef, v: Option<Value>) {
    if let Payload::Cell(c) = &cell.payload {
        let old = std::mem::replace(&mut *c.borrow_mut(), v);
        drop(old);
    }
}

/// A dict object's change counter (0 for a non-dict namespace, which is never cached).
#[inline]
fn dict_version(dict: &ObjRef) -> u64 {
    match &dict.payload {
        Payload::Dict(d) => d.borrow().version,
        _ => 0,
    }
}

fn dict_remove_str(dict: &ObjRef, name: &Value) -> bool {
    match &dict.payload {
        Payload::Dict(d) => d.borrow_mut().remove_str(name).is_some(),
        _ => false,
    }
}

/// `x op y` for two numbers (small ints, floats, or one of each), when `op` is an ordering or
/// equality; `None` sends everything else to the general comparison. An int is compared with a
/// float through `f64` only when it converts exactly (|i| <= 2**53), as Python compares exactly.
#[inline(always)]
fn compare_numbers(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    const EXACT: u64 = 1 << 53;
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            return match op {
                CmpOp::Lt => Some(x < y),
                CmpOp::LtE => Some(x <= y),
                CmpOp::Gt => Some(x > y),
                CmpOp::GtE => Some(x >= y),
                CmpOp::Eq => Some(x == y),
                CmpOp::NotEq => Some(x != y),
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => (x.get(), y.get()),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= EXACT => (*x as f64, y.get()),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= EXACT => (x.get(), *y as f64),
        _ => return None,
    };
    match op {
        CmpOp::Lt => Some(x < y),
        CmpOp::LtE => Some(x <= y),
        CmpOp::Gt => Some(x > y),
        CmpOp::GtE => Some(x >= y),
        CmpOp::Eq => Some(x == y),
        CmpOp::NotEq => Some(x != y),
        _ => None,
    }
}

/// `x op y` for small ints (when the result stays small) and floats (an int operand converts as
/// Python's `float(int)` does, rounding to nearest); `None` sends everything else, errors
/// included (overflow, division by zero), to the general path.
#[inline(always)]
fn quick_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            return match op {
                BinOp::Add => x.checked_add(*y).map(Value::Int),
                BinOp::Sub => x.checked_sub(*y).map(Value::Int),
                BinOp::Mult => x.checked_mul(*y).map(Value::Int),
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => (x.get(), y.get()),
        (Value::Int(x), Value::Float(y)) => (*x as f64, y.get()),
        (Value::Float(x), Value::Int(y)) => (x.get(), *y as f64),
        _ => return None,
    };
    match op {
        BinOp::Add => Some(Value::float(x + y)),
        BinOp::Sub => Some(Value::float(x - y)),
        BinOp::Mult => Some(Value::float(x * y)),
        BinOp::Div if y != 0.0 => Some(Value::float(x / y)),
        _ => None,
    }
}
