//! Frame objects: what `sys._getframe()`, `tb_frame` and `f_back` hand to scripts.
//!
//! gilt's running frames (`vm::frame::Frame`) are pooled boxes owned by the eval loop, never
//! shared, so a frame object is a picture of one taken when the script asks for it: the code,
//! the globals, the line and instruction it was at, its local values, and its caller's picture
//! (`f_back`, taken at the same moment, down to the bottom of the thread's stack). The locals are
//! copied as values and made into a dict only when `f_locals` is read (CPython also builds
//! `f_locals` as a snapshot dict for function frames; a module or class body's `f_locals` is its
//! live namespace, here as there). What differs: `f_lineno` of a frame that has moved on since
//! the picture was taken still names the line it was at then, and `sys._getframe() is
//! sys._getframe()` is false. A traceback's frame keeps the code, globals and line (and the
//! caller within the traceback) but not the locals: `f_locals` is `{}` for a function's frame.

use std::cell::RefCell;
use std::rc::Rc;

use super::exception::TracebackEntry;
use super::{Dict, ObjRef, Payload, PyResult, Value};
use crate::vm::frame::{CodeObj, Frame};
use crate::vm::Vm;

pub struct FrameObject {
    pub code: Rc<CodeObj>,
    /// The globals dict object (`None` when a traceback outlived its module).
    pub globals: Option<ObjRef>,
    pub lineno: u32,
    /// Index of the instruction running (or that raised).
    pub lasti: usize,
    pub locals: FrameLocals,
    /// The caller's frame object, or None (a cell so the collector can clear it).
    pub back: RefCell<Value>,
    /// `f_trace`, kept for debuggers that set it.
    pub trace: RefCell<Value>,
}

pub enum FrameLocals {
    /// A module or class body: its namespace, live.
    Namespace(ObjRef),
    /// A function's fast locals and cell values, by name, as they were; the dict is built on
    /// the first read of `f_locals` and kept.
    Values(RefCell<Vec<(Value, Value)>>, RefCell<Option<Value>>),
}

/// What a picture takes from a running frame (names still as the code's strings).
struct FrameParts {
    code: Rc<CodeObj>,
    globals: ObjRef,
    namespace: Option<ObjRef>,
    lineno: u32,
    lasti: usize,
    values: Vec<(String, Value)>,
}

fn parts(frame: &Frame) -> FrameParts {
    let code = &frame.code.code;
    let values = if frame.namespace.is_some() {
        Vec::new()
    } else {
        let cell_names = code.cellvars.iter().chain(&code.freevars);
        let fast = code
            .varnames
            .iter()
            .zip(&frame.locals)
            .filter_map(|(n, v)| Some((n.clone(), v.clone()?)));
        let cells = cell_names
            .zip(&frame.cells)
            .filter_map(|(n, c)| match &c.payload {
                Payload::Cell(c) => Some((n.clone(), c.borrow().clone()?)),
                _ => None,
            });
        fast.chain(cells).collect()
    };
    FrameParts {
        code: frame.code.clone(),
        globals: frame.globals.clone(),
        namespace: frame.namespace.clone(),
        lineno: frame.current_line(),
        lasti: frame.ip.saturating_sub(1),
        values,
    }
}

fn picture(vm: &mut Vm, p: FrameParts, back: Value) -> Value {
    let locals = match p.namespace {
        Some(ns) => FrameLocals::Namespace(ns),
        None => {
            let values = p
                .values
                .into_iter()
                .map(|(n, v)| (vm.intern(&n), v))
                .collect();
            FrameLocals::Values(RefCell::new(values), RefCell::new(None))
        }
    };
    Value::obj(Payload::Frame(Box::new(FrameObject {
        code: p.code,
        globals: Some(p.globals),
        lineno: p.lineno,
        lasti: p.lasti,
        locals,
        back: RefCell::new(back),
        trace: RefCell::new(Value::None),
    })))
}

/// The frame `depth` calls below the innermost one running on this thread, with its callers.
pub fn current_frame(vm: &mut Vm, depth: usize) -> Option<Value> {
    // Read every frame first: a picture interns names, which needs the VM mutably.
    let stack: Vec<FrameParts> = {
        let frames = vm.stack();
        if depth >= frames.len() {
            return None;
        }
        let count = frames.len() - depth;
        frames[..count].iter().map(|f| parts(f)).collect()
    };
    let mut back = Value::None;
    for p in stack {
        back = picture(vm, p, back);
    }
    Some(back)
}

/// The picture of `frame`, which the eval loop is running (it is in none of the stacks), with
/// the thread's other frames as its callers.
pub fn running_frame(vm: &mut Vm, frame: &Frame, line: Option<u32>) -> Value {
    let back = current_frame(vm, 0).unwrap_or(Value::None);
    let mut p = parts(frame);
    if let Some(line) = line {
        p.lineno = line;
    }
    picture(vm, p, back)
}

/// `tb_frame` of traceback entry `index` (outermost first): its caller is the entry before it.
pub fn traceback_frame(entries: &[TracebackEntry], index: usize) -> Value {
    let mut back = Value::None;
    for entry in &entries[..=index] {
        let globals = entry.globals.upgrade();
        // A module's code runs in its globals: that is its namespace too.
        let is_module = entry.code.code.name == "<module>";
        let locals = match (&globals, is_module) {
            (Some(g), true) => FrameLocals::Namespace(g.clone()),
            _ => FrameLocals::Values(RefCell::new(Vec::new()), RefCell::new(None)),
        };
        back = Value::obj(Payload::Frame(Box::new(FrameObject {
            code: entry.code.clone(),
            lineno: entry.code.line_at(entry.ip),
            lasti: entry.ip,
            globals,
            locals,
            back: RefCell::new(back),
            trace: RefCell::new(Value::None),
        })));
    }
    back
}

fn frame_of(v: &Value) -> Option<&FrameObject> {
    match v.payload()? {
        Payload::Frame(f) => Some(f),
        _ => None,
    }
}

fn f_back(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_of(v)
        .map(|f| f.back.borrow().clone())
        .unwrap_or(Value::None))
}

fn f_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_of(v)
        .map(|f| Value::obj(Payload::Code(f.code.clone())))
        .unwrap_or(Value::None))
}

fn f_lineno(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_of(v)
        .map(|f| Value::Int(f.lineno as i64))
        .unwrap_or(Value::None))
}

fn f_lasti(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    // CPython counts code units of two bytes.
    Ok(frame_of(v)
        .map(|f| Value::Int(f.lasti as i64 * 2))
        .unwrap_or(Value::None))
}

fn f_globals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match frame_of(v).and_then(|f| f.globals.clone()) {
        Some(g) => Value::Obj(g),
        None => Value::dict(Dict::new()),
    })
}

fn f_builtins(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(vm.interp.builtins.clone()))
}

fn f_locals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(f) = frame_of(v) else {
        return Ok(Value::None);
    };
    Ok(match &f.locals {
        FrameLocals::Namespace(ns) => Value::Obj(ns.clone()),
        FrameLocals::Values(values, dict) => dict
            .borrow_mut()
            .get_or_insert_with(|| {
                let mut d = Dict::new();
                for (name, value) in values.borrow().iter() {
                    d.set_str(name.clone(), value.clone());
                }
                Value::dict(d)
            })
            .clone(),
    })
}

fn get_trace(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_of(v)
        .map(|f| f.trace.borrow().clone())
        .unwrap_or(Value::None))
}

fn set_trace(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    if let Some(f) = frame_of(v) {
        *f.trace.borrow_mut() = value;
    }
    Ok(())
}

/// `frame.clear()`: a picture holds no running frame, so only its locals go.
fn clear(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "clear", 1, 1)?;
    if let Some(f) = frame_of(&args.args[0]) {
        if let FrameLocals::Values(_, dict) = &f.locals {
            dict.borrow_mut().take();
        }
    }
    Ok(Value::None)
}

/// `<frame at 0x..., file '...', line N, code name>`, as CPython's.
impl FrameObject {
    /// Drop what the picture holds that may lead back to it (the collector's `clear_refs`):
    /// returned, to be dropped once no borrow is held.
    pub fn take_refs(&self) -> Vec<Value> {
        let mut taken = Vec::new();
        if let FrameLocals::Values(values, dict) = &self.locals {
            if let Ok(mut values) = values.try_borrow_mut() {
                taken.extend(std::mem::take(&mut *values).into_iter().map(|(_, v)| v));
            }
            if let Ok(mut d) = dict.try_borrow_mut() {
                taken.extend(d.take());
            }
        }
        if let Ok(mut back) = self.back.try_borrow_mut() {
            taken.push(std::mem::replace(&mut *back, Value::None));
        }
        if let Ok(mut trace) = self.trace.try_borrow_mut() {
            taken.push(std::mem::replace(&mut *trace, Value::None));
        }
        taken
    }
}

pub fn repr(f: &FrameObject, address: &str) -> String {
    format!(
        "<frame at {}, file '{}', line {}, code {}>",
        address, f.code.filename, f.lineno, f.code.code.name
    )
}

/// `sys._getframe([depth])`.
pub fn sys_getframe(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    args.check_count(vm, "_getframe", 0, 1)?;
    let depth = match args.args.first() {
        None => 0,
        Some(v) => vm.to_index(v)?,
    };
    let frame = if depth < 0 {
        current_frame(vm, 0)
    } else {
        current_frame(vm, depth as usize)
    };
    frame.ok_or_else(|| vm.value_error("call stack is not deep enough"))
}

pub fn register(vm: &mut Vm) {
    use super::class::{add_getset, add_getset_rw};
    let frame = vm.types().frame.clone();
    add_getset(vm, &frame, "f_back", f_back);
    add_getset(vm, &frame, "f_code", f_code);
    add_getset(vm, &frame, "f_lineno", f_lineno);
    add_getset(vm, &frame, "f_lasti", f_lasti);
    add_getset(vm, &frame, "f_globals", f_globals);
    add_getset(vm, &frame, "f_builtins", f_builtins);
    add_getset(vm, &frame, "f_locals", f_locals);
    add_getset_rw(vm, &frame, "f_trace", get_trace, set_trace);
    vm.add_method(&frame, "frame", "clear", clear);
}
