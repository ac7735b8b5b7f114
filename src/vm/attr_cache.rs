//! Inline caches for attribute access on instances of Python classes (`LoadAttr`, `LoadMethod`,
//! `StoreAttr`), one entry per name of a code object, in the spirit of CPython 3.11's
//! specialised `LOAD_ATTR_INSTANCE_VALUE` / `LOAD_METHOD_WITH_VALUES`.
//!
//! An entry records, for one class, what the general path would learn before it touches the
//! instance: whether the class overrides `__getattribute__` / `__setattr__`, whether `name` is a
//! data descriptor on it, and what its MRO holds for `name`. It is valid while the interpreter's
//! `type_version` is the one it was filled under (any change to any class namespace, on any
//! thread, bumps it) and the instance's class is the entry's class. The class is held weakly: the
//! allocation stays, so no other class can appear at its address while the entry exists.
//!
//! A hit costs a pointer and a version comparison, then one probe of the instance dict; a miss,
//! or anything unusual (a descriptor, a class attribute other than a function), takes the
//! general path, which also produces every error.

use super::attr::MethodLookup;
use super::frame::CodeObj;
use super::Vm;
use crate::objects::handle::{Borrowed, WeakObj};
use crate::objects::instance::Instance;
use crate::objects::{ObjRef, Payload, Value};

pub struct AttrCacheEntry {
    class: WeakObj,
    version: u64,
    /// Reads may skip `__getattribute__` and descriptors: go to the instance dict, then the class.
    plain_get: bool,
    /// Writes may go straight into the instance dict.
    plain_set: bool,
    /// What the class's MRO holds for the name, not counted (see `Borrowed`): an entry is only
    /// read after `fill_attr_cache` proved it current for a live class.
    class_attr: Option<Borrowed>,
    /// The name's position in the class's shared keys (`objects::instance`), once it has one
    /// (`NO_SLOT` until then): positions never change, so it holds as long as the class does.
    slot: std::cell::Cell<u32>,
}

const NO_SLOT: u32 = u32::MAX;

impl AttrCacheEntry {
    /// The instance's own attribute `name`, by its cached position when it has one.
    #[inline(always)]
    fn instance_value(&self, inst: &Instance, name: &Value) -> Option<Value> {
        if inst.dict_object_if_combined().is_some() {
            return inst.get_attr(name);
        }
        let slot = self.slot(inst, name)?;
        inst.value_at(slot)
    }

    #[inline(always)]
    fn slot(&self, inst: &Instance, name: &Value) -> Option<usize> {
        let slot = self.slot.get();
        if slot != NO_SLOT {
            return Some(slot as usize);
        }
        let position = inst.shared_position(name)?;
        self.slot.set(position as u32);
        Some(position)
    }
}

/// One slot per name of the code object.
pub type AttrCache = std::cell::RefCell<Vec<Option<AttrCacheEntry>>>;

pub fn new_cache(names: usize) -> AttrCache {
    std::cell::RefCell::new((0..names).map(|_| None).collect())
}

impl Vm {
    /// Make sure slot `i` describes `class` under the current type version.
    #[inline(always)]
    fn fill_attr_cache(&mut self, code: &CodeObj, i: usize, class: &ObjRef, version: u64) {
        let fresh = matches!(&code.attr_cache.borrow()[i], Some(e)
            if e.version == version && std::ptr::eq(e.class.as_ptr(), ObjRef::as_ptr(class)));
        if !fresh {
            self.refill_attr_cache(code, i, class, version);
        }
    }

    #[cold]
    #[inline(never)]
    fn refill_attr_cache(&mut self, code: &CodeObj, i: usize, class: &ObjRef, version: u64) {
        let name = &code.names[i];
        let class_attr = self.class_lookup(class, name);
        let data_descriptor = class_attr
            .as_ref()
            .is_some_and(super::attr::is_data_descriptor);
        let plain_get = !data_descriptor && !self.overrides_getattribute(class);
        let plain_set = !data_descriptor
            && !self.overrides_setattr(class)
            && crate::objects::class::class_data(class)
                .instances_have_dict
                .get();
        code.attr_cache.borrow_mut()[i] = Some(AttrCacheEntry {
            class: ObjRef::downgrade(class),
            version,
            plain_get,
            plain_set,
            // SAFETY: read only while the class is this live one under the same type version,
            // so its MRO dicts still hold the value (`Borrowed`).
            class_attr: class_attr.as_ref().map(|v| unsafe { Borrowed::new(v) }),
            slot: std::cell::Cell::new(NO_SLOT),
        });
    }

    /// The entry for name `i` on `class`, refreshed if stale, when reads of it may skip
    /// `__getattribute__` and descriptors.
    #[inline(always)]
    fn plain_get_entry<'c>(
        &mut self,
        code: &'c CodeObj,
        i: usize,
        class: &ObjRef,
    ) -> Option<std::cell::Ref<'c, AttrCacheEntry>> {
        let version = self.interp.type_version.get();
        self.fill_attr_cache(code, i, class, version);
        std::cell::Ref::filter_map(code.attr_cache.borrow(), |cache| {
            cache[i].as_ref().filter(|e| e.plain_get)
        })
        .ok()
    }

    /// `obj.name` for an instance whose class plays no tricks with `name`: the instance dict, or
    /// a method bound to it. `None`: take the general path.
    #[inline]
    pub fn cached_load_attr(&mut self, code: &CodeObj, i: u32, obj: &Value) -> Option<Value> {
        let Some(Payload::Instance(inst)) = obj.payload() else {
            return None;
        };
        let i = i as usize;
        let entry = self.plain_get_entry(code, i, &inst.class)?;
        if let Some(v) = entry.instance_value(inst, &code.names[i]) {
            return Some(v);
        }
        match entry.class_attr.as_ref().map(Borrowed::get) {
            Some(f @ Value::Obj(o)) if matches!(o.payload, Payload::Function(_)) => {
                Some(Value::obj(Payload::Method(f.clone(), obj.clone())))
            }
            _ => None,
        }
    }

    /// `obj.name` about to be called: the function and `obj` unbound (no method object made),
    /// or the instance's own attribute. `None`: take the general path.
    #[inline]
    pub fn cached_load_method(
        &mut self,
        code: &CodeObj,
        i: u32,
        obj: &Value,
    ) -> Option<MethodLookup> {
        let i = i as usize;
        let inst = match obj.payload() {
            Some(Payload::Instance(inst)) => inst,
            // Objects with a namespace of their own take the general path.
            Some(
                Payload::Class(_) | Payload::Module(_) | Payload::Super(..) | Payload::Function(_),
            ) => return None,
            // A built-in value (`parts.append`, `" ".join`): no instance dict, so only the
            // type's method, when it is a native one.
            _ => {
                let class = self.type_ref(obj);
                let entry = self.plain_get_entry(code, i, class)?;
                return match entry.class_attr.as_ref().map(Borrowed::get) {
                    Some(f @ Value::Obj(o)) if matches!(&o.payload, Payload::BuiltinFunction(b) if b.bound.is_none()) => {
                        Some(MethodLookup::Unbound(f.clone()))
                    }
                    _ => None,
                };
            }
        };
        let entry = self.plain_get_entry(code, i, &inst.class)?;
        if let Some(v) = entry.instance_value(inst, &code.names[i]) {
            return Some(MethodLookup::Attr(v));
        }
        match entry.class_attr.as_ref().map(Borrowed::get) {
            Some(f @ Value::Obj(o)) if matches!(o.payload, Payload::Function(_)) => {
                Some(MethodLookup::Unbound(f.clone()))
            }
            _ => None,
        }
    }

    /// `obj.name = value` straight into the instance dict when the class allows it; otherwise
    /// the value comes back for the general path.
    #[inline]
    pub fn cached_store_attr(
        &mut self,
        code: &CodeObj,
        i: u32,
        obj: &Value,
        value: Value,
    ) -> Option<Value> {
        let Some(Payload::Instance(inst)) = obj.payload() else {
            return Some(value);
        };
        let i = i as usize;
        let version = self.interp.type_version.get();
        self.fill_attr_cache(code, i, &inst.class, version);
        let name = &code.names[i];
        let slot = {
            let cache = code.attr_cache.borrow();
            match cache[i].as_ref() {
                Some(e) if e.plain_set => e.slot(inst, name),
                _ => return Some(value),
            }
        };
        let value = match slot {
            Some(slot) => match inst.set_value_at(slot, value) {
                Ok(()) => return None,
                Err(value) => value,
            },
            None => value,
        };
        inst.set_attr(name.clone(), value);
        None
    }
}
