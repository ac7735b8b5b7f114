//! A direct-mapped cache of class attribute lookups, as CPython's type attribute cache: the MRO
//! walk (one dict probe per class) becomes one probe of this table on a hit.
//!
//! An entry is valid while the interpreter's `type_version` it was filled under is current; any
//! change to any class namespace, on any thread, bumps that version (`Vm::class_changed`). Entries hold clones of the
//! class and the name, so their addresses cannot be reused by other objects while cached.

use crate::objects::class::class_data;
use crate::objects::{ObjRef, Value};

const SIZE: usize = 4096;

struct Entry {
    class: ObjRef,
    name: Value,
    version: u64,
    found: Option<Value>,
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
                && crate::objects::ObjRef::ptr_eq(&e.class, class)
                && e.name.is(name)
            {
                return e.found.clone();
            }
        }
        let found = class_data(class).lookup(class, name);
        self.entries[i] = Some(Entry {
            class: class.clone(),
            name: name.clone(),
            version,
            found: found.clone(),
        });
        found
    }
}

impl Default for MethodCache {
    fn default() -> Self {
        Self::new()
    }
}
