//! A direct-mapped cache of class attribute lookups, as CPython's type attribute cache: the MRO
//! walk (one dict probe per class) becomes one probe of this table on a hit.
//!
//! An entry is valid while the interpreter's `type_version` it was filled under is current; any
//! change to any class namespace, on any thread, bumps that version (`Vm::class_changed`).
//! Entries hold a claim on the class's address (`WeakObj`: the allocation, not the class, so a
//! cache never keeps a class alive and no other object can appear at its address meanwhile), a
//! clone of the name, and the value found without counting it (`Borrowed`): a valid entry's
//! value is held by the class's MRO dicts, which the version proves unchanged.

use crate::objects::class::class_data;
use crate::objects::handle::{Borrowed, WeakObj};
use crate::objects::{ObjRef, Value};

const SIZE: usize = 4096;

struct Entry {
    class: WeakObj,
    name: Value,
    version: u64,
    /// What the MRO holds for the name, not counted (see `Borrowed`).
    found: Option<Borrowed>,
}

pub struct MethodCache {
    entries: Vec<Option<Entry>>,
}

impl MethodCache {
    pub fn new() -> MethodCache {
        let mut entries = Vec::with_capacity(SIZE);
        entries.resize_with(SIZE, || None);
        MethodCache { entries }
    }

    #[inline]
    fn slot(class: &ObjRef, name: &Value) -> usize {
        let c = crate::objects::ObjRef::as_ptr(class) as usize;
        let n = name
            .as_obj()
            .map(|o| crate::objects::ObjRef::as_ptr(o) as usize)
            .unwrap_or(0);
        ((c >> 4) ^ (n >> 3).wrapping_mul(31)) & (SIZE - 1)
    }

    /// `name` looked up along the MRO of `class`.
    /// `version` is the interpreter's current type version (`Interp::type_version`).
    pub fn lookup(&mut self, class: &ObjRef, name: &Value, version: u64) -> Option<Value> {
        let i = Self::slot(class, name);
        if let Some(e) = &self.entries[i] {
            if e.version == version
                && std::ptr::eq(e.class.as_ptr(), ObjRef::as_ptr(class))
                && e.name.is(name)
            {
                return e.found.as_ref().map(|f| f.get().clone());
            }
        }
        let found = class_data(class).lookup(class, name);
        self.entries[i] = Some(Entry {
            class: ObjRef::downgrade(class),
            name: name.clone(),
            version,
            // SAFETY: read only while the class is this live one and `version` is current, so
            // the MRO dict that holds the value still holds it (`Borrowed`).
            found: found.as_ref().map(|f| unsafe { Borrowed::new(f) }),
        });
        found
    }
}

impl Default for MethodCache {
    fn default() -> Self {
        Self::new()
    }
}
