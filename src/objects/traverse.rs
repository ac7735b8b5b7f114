//! What each payload holds, for the cycle collector (`runtime::gc`) and `gc.get_referents`.
//!
//! `traverse` visits every counted handle a payload owns, once per handle it owns (the `gc_refs`
//! rule, stated in `runtime/gc.rs`): a handle visited that the payload does not own would let the
//! collector free a live object; one forgotten only keeps garbage alive. A `RefCell` that is
//! borrowed for writing is skipped as a whole, in every phase alike, so what it holds counts as
//! referenced from outside.
//!
//! `clear_refs` drops what a payload holds in its mutable parts, which breaks every cycle: a
//! cycle cannot be made of immutable objects alone (each can only refer to older objects), so it
//! passes through a list, dict, set, cell, instance, function or class namespace, generator or
//! iterator, and the collector clears every one of those in the garbage. What is taken out is
//! dropped after the borrow ends.

use super::class::Instance;
use super::{ObjRef, Payload, Value};
use crate::vm::frame::Frame;

/// One handle a payload holds: a value slot, or a field typed as a handle.
pub enum Referent<'a> {
    Value(&'a Value),
    Obj(&'a ObjRef),
}

impl<'a> Referent<'a> {
    /// The heap object, if any (immediates are not objects to the collector).
    #[inline(always)]
    pub fn obj(&self) -> Option<&'a ObjRef> {
        match *self {
            Referent::Value(Value::Obj(o)) | Referent::Obj(o) => Some(o),
            Referent::Value(_) => None,
        }
    }
}

/// Whether an instance's `__dict__` is its own inline storage: no script holds it (it was never
/// handed out, so the collector does not track it) and nothing else has a handle to it. Its
/// entries are then visited as the instance's own, as CPython 3.11 keeps instance values inline.
pub fn instance_dict_is_inline(dict_obj: &ObjRef) -> bool {
    !ObjRef::header(dict_obj).is_tracked() && ObjRef::strong_count(dict_obj) == 1
}

/// Visit an instance's attribute values: the split form's vector, or the dict's entries while
/// the dict is inline, or else the dict object itself.
fn traverse_instance_attributes<F: FnMut(Referent<'_>)>(inst: &Instance, visit: &mut F) {
    match inst.dict_object_if_combined() {
        None => {
            if let Some(Ok(values)) = inst.split_values() {
                values.iter().for_each(|v| visit(Referent::Value(v)));
            }
        }
        Some(dict_obj) if instance_dict_is_inline(dict_obj) => {
            if let Some(d) = dict_of(dict_obj) {
                traverse_dict(&d, visit);
            }
        }
        Some(dict_obj) => visit(Referent::Obj(dict_obj)),
    }
}

impl Payload {
    /// Visit every handle this payload holds (see the module comment).
    pub fn traverse<F: FnMut(Referent<'_>)>(&self, visit: &mut F) {
        match self {
            Payload::Tuple(items) => items.iter().for_each(|v| visit(Referent::Value(v))),
            Payload::List(items) => {
                if let Ok(items) = items.try_borrow() {
                    items.iter().for_each(|v| visit(Referent::Value(v)));
                }
            }
            Payload::Dict(d) | Payload::Set(d) => {
                if let Ok(d) = d.try_borrow() {
                    traverse_dict(&d, visit);
                }
            }
            Payload::FrozenSet(d) => traverse_dict(d, visit),
            Payload::Slice(a, b, c) => {
                visit(Referent::Value(a));
                visit(Referent::Value(b));
                visit(Referent::Value(c));
            }
            Payload::Function(f) => {
                visit(Referent::Obj(&f.globals));
                if let Ok(defaults) = f.defaults.try_borrow() {
                    defaults.iter().for_each(|v| visit(Referent::Value(v)));
                }
                for slot in [&f.kwdefaults, &f.annotations] {
                    if let Ok(k) = slot.try_borrow() {
                        if let Some(k) = k.as_ref() {
                            visit(Referent::Obj(k));
                        }
                    }
                }
                f.closure.iter().for_each(|c| visit(Referent::Obj(c)));
                if instance_dict_is_inline(&f.dict) {
                    if let Some(d) = dict_of(&f.dict) {
                        traverse_dict(&d, visit);
                    }
                } else {
                    visit(Referent::Obj(&f.dict));
                }
                if let Ok(module) = f.module.try_borrow() {
                    visit(Referent::Value(&module));
                }
            }
            Payload::BuiltinFunction(f) => {
                if let Some(b) = &f.bound {
                    visit(Referent::Value(b));
                }
            }
            Payload::Method(f, this) => {
                visit(Referent::Value(f));
                visit(Referent::Value(this));
            }
            Payload::Class(cd) => {
                cd.bases.iter().for_each(|c| visit(Referent::Obj(c)));
                cd.mro.iter().for_each(|c| visit(Referent::Obj(c)));
                if let Ok(d) = cd.dict.try_borrow() {
                    traverse_dict(&d, visit);
                }
            }
            Payload::Instance(inst) => {
                visit(Referent::Obj(&inst.class));
                traverse_instance_attributes(inst, visit);
                if let Some(exc) = &inst.exc {
                    if let Ok(e) = exc.try_borrow() {
                        e.args.iter().for_each(|v| visit(Referent::Value(v)));
                        if let Some(c) = &e.cause {
                            visit(Referent::Value(c));
                        }
                        if let Some(c) = &e.context {
                            visit(Referent::Value(c));
                        }
                        if let Some(group) = &e.group {
                            visit(Referent::Value(&group.message));
                            visit(Referent::Value(&group.exceptions));
                        }
                    }
                }
                if let Some(b) = &inst.base {
                    visit(Referent::Value(b));
                }
            }
            Payload::Module(m) => visit(Referent::Obj(&m.dict)),
            Payload::Cell(c) => {
                if let Ok(c) = c.try_borrow() {
                    if let Some(v) = &*c {
                        visit(Referent::Value(v));
                    }
                }
            }
            Payload::Generator(g) => {
                if let Ok(g) = g.try_borrow() {
                    if let Some(frame) = &g.frame {
                        traverse_frame(frame, visit);
                    }
                    visit(Referent::Value(&g.handled));
                }
            }
            Payload::Iterator(state) => {
                if let Ok(state) = state.try_borrow() {
                    traverse_iterator(&state, visit);
                }
            }
            Payload::DictView(d, _) => visit(Referent::Obj(d)),
            Payload::Property(p) => {
                visit(Referent::Value(&p.fget));
                visit(Referent::Value(&p.fset));
                visit(Referent::Value(&p.fdel));
                visit(Referent::Value(&p.doc));
            }
            Payload::StaticMethod(v) | Payload::ClassMethod(v) => visit(Referent::Value(v)),
            Payload::Super(a, b) => {
                visit(Referent::Value(a));
                visit(Referent::Value(b));
            }
            Payload::WeakRef(w) => w.traverse(visit),
            Payload::Frame(f) => traverse_frame_object(f, visit),
            Payload::Native(class, data) => {
                visit(Referent::Obj(class));
                data.traverse(visit);
            }
            Payload::MemoryView(m) => {
                if let Some(source) = m.source_slot() {
                    if let Some(v) = &*source {
                        visit(Referent::Value(v));
                    }
                }
            }
            Payload::Str(_)
            | Payload::BigInt(_)
            | Payload::Complex(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Code(_)
            | Payload::GetSet(_)
            | Payload::Member(_)
            | Payload::File(_)
            | Payload::Lock(_)
            | Payload::RLock(_)
            | Payload::Event(_)
            | Payload::SemLock(_)
            | Payload::SharedArray(_)
            | Payload::Regex(_)
            | Payload::Traceback(..)
            | Payload::NotImplemented
            | Payload::Ellipsis => {}
        }
    }

    /// Drop what this payload holds in its mutable parts (see the module comment).
    pub fn clear_refs(&self) {
        match self {
            Payload::List(items) => {
                let taken = items.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
                drop(taken);
            }
            Payload::Dict(d) | Payload::Set(d) => drop(take_dict(d)),
            Payload::Function(f) if instance_dict_is_inline(&f.dict) => drop(take_dict(f.attrs())),
            Payload::Class(cd) => drop(take_dict(&cd.dict)),
            Payload::Frame(f) => drop(f.take_refs()),
            Payload::Native(_, data) => data.clear_refs(),
            Payload::Instance(inst) => {
                match inst.dict_object_if_combined() {
                    None => drop(inst.take_split_values()),
                    Some(dict_obj) if instance_dict_is_inline(dict_obj) => {
                        if let Payload::Dict(d) = &dict_obj.payload {
                            drop(take_dict(d));
                        }
                    }
                    Some(_) => {}
                }
                if let Some(exc) = &inst.exc {
                    let taken = exc.try_borrow_mut().map(|mut e| {
                        (
                            std::mem::take(&mut e.args),
                            e.cause.take(),
                            e.context.take(),
                            e.group.take(),
                        )
                    });
                    drop(taken);
                }
            }
            Payload::Cell(c) => {
                let taken = c.try_borrow_mut().map(|mut c| c.take());
                drop(taken);
            }
            Payload::Generator(g) => {
                let taken = g.try_borrow_mut().map(|mut g| {
                    (
                        g.frame.take(),
                        std::mem::replace(&mut g.handled, Value::None),
                    )
                });
                drop(taken);
            }
            Payload::Iterator(state) => {
                let taken = state
                    .try_borrow_mut()
                    .map(|mut s| std::mem::replace(&mut *s, super::IterState::Exhausted));
                drop(taken);
            }
            Payload::WeakRef(w) => w.clear_callback(),
            // Releasing gives the export back and drops the exporter.
            Payload::MemoryView(m) => m.release(),
            _ => {}
        }
    }
}

fn traverse_frame_object<F: FnMut(Referent<'_>)>(f: &super::frame::FrameObject, visit: &mut F) {
    use super::frame::FrameLocals;
    if let Some(g) = &f.globals {
        visit(Referent::Obj(g));
    }
    match &f.locals {
        FrameLocals::Namespace(ns) => visit(Referent::Obj(ns)),
        FrameLocals::Values(values, dict) => {
            if let Ok(values) = values.try_borrow() {
                values.iter().for_each(|(_, v)| visit(Referent::Value(v)));
            }
            if let Ok(d) = dict.try_borrow() {
                if let Some(d) = d.as_ref() {
                    visit(Referent::Value(d));
                }
            }
        }
    }
    if let Ok(back) = f.back.try_borrow() {
        visit(Referent::Value(&back));
    }
    if let Ok(trace) = f.trace.try_borrow() {
        visit(Referent::Value(&trace));
    }
}

fn dict_of(obj: &ObjRef) -> Option<std::cell::Ref<'_, super::Dict>> {
    match &obj.payload {
        Payload::Dict(d) => d.try_borrow().ok(),
        _ => None,
    }
}

fn traverse_dict<F: FnMut(Referent<'_>)>(d: &super::Dict, visit: &mut F) {
    for e in d.iter() {
        visit(Referent::Value(&e.key));
        visit(Referent::Value(&e.value));
    }
}

/// The table emptied, its version moved on (cached global lookups key on it).
fn take_dict(d: &std::cell::RefCell<super::Dict>) -> Option<super::Dict> {
    let mut d = d.try_borrow_mut().ok()?;
    let version = d.version;
    let taken = std::mem::take(&mut *d);
    d.version = version + 1;
    Some(taken)
}

fn traverse_frame<F: FnMut(Referent<'_>)>(frame: &Frame, visit: &mut F) {
    frame.stack.iter().for_each(|v| visit(Referent::Value(v)));
    frame
        .locals
        .iter()
        .flatten()
        .for_each(|v| visit(Referent::Value(v)));
    frame.cells.iter().for_each(|c| visit(Referent::Obj(c)));
    visit(Referent::Obj(&frame.globals));
    if let Some(ns) = &frame.namespace {
        visit(Referent::Obj(ns));
    }
    if let Some(v) = &frame.init_instance {
        visit(Referent::Value(v));
    }
}

fn traverse_iterator<F: FnMut(Referent<'_>)>(state: &super::IterState, visit: &mut F) {
    use super::IterState as S;
    match state {
        S::Seq { seq, .. } | S::Reversed { seq, .. } => visit(Referent::Value(seq)),
        S::Dict { dict, .. } => visit(Referent::Obj(dict)),
        S::Keys { keys, .. } => keys.iter().for_each(|v| visit(Referent::Value(v))),
        S::Enumerate { iter, count } => {
            visit(Referent::Value(iter));
            visit(Referent::Value(count));
        }
        S::Zip { iters, .. } => iters.iter().for_each(|v| visit(Referent::Value(v))),
        S::Map { func, iters } => {
            visit(Referent::Value(func));
            iters.iter().for_each(|v| visit(Referent::Value(v)));
        }
        S::Filter { func, iter } => {
            visit(Referent::Value(func));
            visit(Referent::Value(iter));
        }
        S::CallableSentinel { func, sentinel } => {
            visit(Referent::Value(func));
            visit(Referent::Value(sentinel));
        }
        S::Range { .. } | S::Exhausted => {}
    }
}
