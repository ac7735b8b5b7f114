//! `sys.settrace` and `sys.setprofile`: CPython's `call`, `line`, `return` and `exception`
//! events (the profile function gets `call` and `return` only).
//!
//! The eval loop tests one flag, `Vm::tracing`, at each instruction and at each frame switch; it
//! is false unless a trace or profile function is set on this thread and none is running (a hook
//! is not traced itself). A frame's `call` event is reported when it starts; what the trace
//! function returns becomes the frame's local trace function, which gets its `line`, `return` and
//! `exception` events (none if it returned None). A `line` event is reported when execution
//! reaches a new line, or jumps back to the start of one (a loop). The frame a hook receives is a
//! picture (`objects::frame`) taken at the event. An exception raised by a hook unsets the trace
//! function, as in CPython, and propagates.

use crate::objects::{Args, PyResult, Value};

use super::frame::Frame;
use super::Vm;

impl Vm {
    fn update_tracing(&mut self) {
        self.tracing = self.trace_function.is_some() || self.profile_function.is_some();
    }

    /// Call `hook(frame, event, arg)` with tracing off meanwhile.
    fn call_hook(
        &mut self,
        frame: &Frame,
        hook: &Value,
        event: &str,
        arg: Value,
    ) -> PyResult<Value> {
        self.call_hook_at(frame, None, hook, event, arg)
    }

    /// `call_hook`, the frame showing `line` (a `call` event shows the `def` line).
    fn call_hook_at(
        &mut self,
        frame: &Frame,
        line: Option<u32>,
        hook: &Value,
        event: &str,
        arg: Value,
    ) -> PyResult<Value> {
        self.tracing = false;
        let picture = crate::objects::frame::running_frame(self, frame, line);
        let result = self.call(hook, vec![picture, Value::str(event), arg]);
        self.update_tracing();
        result
    }

    /// A frame starts or resumes (`dispatch` switched to it).
    #[cold]
    pub(super) fn trace_frame_entry(&mut self, frame: &mut Frame) -> PyResult<()> {
        if frame.ip != 0 || frame.traced_line != 0 {
            return Ok(());
        }
        // Mark it started (line 0 is no line), whatever the hooks do.
        frame.traced_line = u32::MAX;
        let first_line = frame.code.code.first_line;
        self.trace_call(frame, first_line)
    }

    /// A generator's frame resumes at its `yield`: a `call` event again, as CPython's.
    pub fn trace_resume(&mut self, frame: &mut Frame) -> PyResult<()> {
        if !self.tracing {
            return Ok(());
        }
        let line = frame.current_line();
        self.trace_call(frame, line)
    }

    fn trace_call(&mut self, frame: &mut Frame, line: u32) -> PyResult<()> {
        if let Some(profile) = self.profile_function.clone() {
            self.call_hook_at(frame, Some(line), &profile, "call", Value::None)?;
        }
        if let Some(trace) = self.trace_function.clone() {
            match self.call_hook_at(frame, Some(line), &trace, "call", Value::None) {
                Ok(local) if !local.is_none() => frame.trace = Some(local),
                Ok(_) => frame.trace = None,
                Err(e) => {
                    self.trace_function = None;
                    self.update_tracing();
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// Before the instruction at `frame.ip`: a `line` event if it starts a line newly reached.
    #[cold]
    pub(super) fn trace_instruction(&mut self, frame: &mut Frame) -> PyResult<()> {
        if !self.tracing {
            return Ok(());
        }
        let Some(local) = frame.trace.clone() else {
            return Ok(());
        };
        let ip = frame.ip;
        let line = frame.code.line_at(ip);
        let starts_line = ip == 0 || frame.code.line_at(ip - 1) != line;
        let backward = ip <= frame.traced_ip && frame.traced_line != u32::MAX;
        let new_line = line != frame.traced_line || (backward && starts_line);
        frame.traced_ip = ip;
        if !new_line {
            return Ok(());
        }
        frame.traced_line = line;
        // The picture reads the line of the instruction before `ip` (the one running): point
        // it at this one.
        frame.ip += 1;
        let result = self.call_hook(frame, &local, "line", Value::None);
        frame.ip -= 1;
        self.local_trace_result(frame, result)
    }

    /// The frame returns (or yields) `value`.
    #[cold]
    pub(super) fn trace_return(&mut self, frame: &mut Frame, value: &Value) -> PyResult<()> {
        if !self.tracing {
            return Ok(());
        }
        if let Some(local) = frame.trace.clone() {
            let result = self.call_hook(frame, &local, "return", value.clone());
            self.local_trace_result(frame, result)?;
        }
        if let Some(profile) = self.profile_function.clone() {
            self.call_hook(frame, &profile, "return", value.clone())?;
        }
        Ok(())
    }

    /// An exception passes through the frame (`(type, value, traceback)`).
    #[cold]
    pub(super) fn trace_exception(&mut self, frame: &mut Frame, err: &Value) -> PyResult<()> {
        let Some(local) = frame.trace.clone() else {
            return Ok(());
        };
        let kind = Value::Obj(self.type_of(err));
        let traceback_name = self.intern("__traceback__");
        let traceback = self.getattr(err, &traceback_name).unwrap_or(Value::None);
        let arg = Value::tuple(vec![kind, err.clone(), traceback]);
        let result = self.call_hook(frame, &local, "exception", arg);
        self.local_trace_result(frame, result)
    }

    /// A local trace function's result replaces it (None keeps it, as CPython's C trampoline
    /// does for `line` events only when it returns a function).
    fn local_trace_result(&mut self, frame: &mut Frame, result: PyResult<Value>) -> PyResult<()> {
        match result {
            Ok(next) => {
                if !next.is_none() {
                    frame.trace = Some(next);
                }
                Ok(())
            }
            Err(e) => {
                frame.trace = None;
                self.trace_function = None;
                self.update_tracing();
                Err(e)
            }
        }
    }
}

fn hook_argument(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<Value>> {
    args.check_count(vm, name, 1, 1)?;
    let f = args.args[0].clone();
    Ok(if f.is_none() { None } else { Some(f) })
}

/// `sys.settrace(function)`.
pub fn settrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.trace_function = hook_argument(vm, &args, "settrace")?;
    vm.update_tracing();
    Ok(Value::None)
}

/// `sys.gettrace()`.
pub fn gettrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "gettrace", 0, 0)?;
    Ok(vm.trace_function.clone().unwrap_or(Value::None))
}

/// `sys.setprofile(function)`.
pub fn setprofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.profile_function = hook_argument(vm, &args, "setprofile")?;
    vm.update_tracing();
    Ok(Value::None)
}

/// `sys.getprofile()`.
pub fn getprofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getprofile", 0, 0)?;
    Ok(vm.profile_function.clone().unwrap_or(Value::None))
}
