//! Instances of Python classes, and where their attributes live.
//!
//! As in CPython 3.11, an instance starts without a dict of its own: its attribute values sit in
//! a vector beside the object, in the order of its class's *shared keys* (the names instances of
//! the class have been given, in the order they were first given; `ClassData::shared_keys`).
//! The shared key table only grows, so a name's position never changes, and an inline cache can
//! keep it (`vm::attr_cache`): reading `self.x` is then one index, no hashing.
//!
//! Invariant of the split form: `values[i]` is the value of shared key `i`, for every
//! `i < values.len()`, and the instance has no other attributes. So the vector is always a
//! prefix of the key table, in insertion order, and `__dict__`'s order is the right one. Any
//! change that would break that (setting names in another order than the table's, deleting an
//! attribute other than the last, more than `SHARED_KEYS_MAX` names, a script asking for
//! `__dict__`) moves the values into a dict object of the instance's own, once and for good (the
//! combined form): `dict_obj` is set, `values` stays empty. The dict is created untracked; the
//! collector counts its entries as the instance's own until a script holds it
//! (`traverse::instance_dict_is_inline`).

use std::cell::{OnceCell, Ref, RefCell};

use super::class::class_data;
use super::{Dict, ExcState, Obj, ObjRef, Payload, Value};

/// CPython's `SHARED_KEYS_MAX_SIZE`: a class whose instances take more names than this keeps
/// the rest in per-instance dicts.
const SHARED_KEYS_MAX: usize = 30;

pub struct Instance {
    pub class: ObjRef,
    /// Attribute values by shared-key position (the split form; see the module comment).
    values: RefCell<Vec<Value>>,
    /// The instance's own dict, once it has one (the combined form).
    dict_obj: OnceCell<ObjRef>,
    /// Present when the class derives from BaseException (boxed: most instances are not
    /// exceptions, and this keeps every object small).
    pub exc: Option<Box<RefCell<ExcState>>>,
    /// For a subclass of a built-in type (`class D(dict)`): the built-in value the instance
    /// extends. Built-in methods and protocols act on it.
    pub base: Option<Value>,
}

impl Instance {
    pub fn new(class: ObjRef, exc: Option<RefCell<ExcState>>) -> Instance {
        let exc = exc.map(Box::new);
        let room = match &class.payload {
            Payload::Class(cd) => cd.attribute_hint.get() as usize,
            _ => 0,
        };
        Instance {
            class,
            values: RefCell::new(Vec::with_capacity(room)),
            dict_obj: OnceCell::new(),
            exc,
            base: None,
        }
    }

    /// Remember how many attributes `__init__` gave this instance (`ClassData::attribute_hint`).
    pub fn note_initialized(&self) {
        let n = self.attribute_count().min(64) as u32;
        if let Payload::Class(cd) = &self.class.payload {
            if n > cd.attribute_hint.get() {
                cd.attribute_hint.set(n);
            }
        }
    }

    fn attribute_count(&self) -> usize {
        match self.dict_obj.get() {
            Some(d) => dict_of(d).borrow().len(),
            None => self.values.borrow().len(),
        }
    }

    /// The combined form's dict object, if the instance has moved to it.
    #[inline]
    pub fn dict_object_if_combined(&self) -> Option<&ObjRef> {
        self.dict_obj.get()
    }

    /// Position of `name` in the class's shared keys, if it has one: the same for every
    /// instance of the class, for good.
    #[inline]
    pub fn shared_position(&self, name: &Value) -> Option<usize> {
        let hash = name.as_pystr()?.hash();
        class_data(&self.class)
            .shared_keys
            .borrow()
            .find_str(hash, name)
    }

    /// The attribute `name` of the instance itself (not its class), if set.
    #[inline]
    pub fn get_attr(&self, name: &Value) -> Option<Value> {
        if let Some(d) = self.dict_obj.get() {
            return dict_of(d).borrow().get_str(name).cloned();
        }
        let position = self.shared_position(name)?;
        self.values.borrow().get(position).cloned()
    }

    /// The value at shared-key `position` in the split form (an inline cache's fast path).
    #[inline(always)]
    pub fn value_at(&self, position: usize) -> Option<Value> {
        if self.dict_obj.get().is_some() {
            return None;
        }
        self.values.borrow().get(position).cloned()
    }

    /// Set the value at shared-key `position` when the split form allows it without consulting
    /// the key table (replacing a value, or appending the next one); otherwise give it back.
    #[inline(always)]
    pub fn set_value_at(&self, position: usize, value: Value) -> Result<(), Value> {
        if self.dict_obj.get().is_some() {
            return Err(value);
        }
        let mut values = self.values.borrow_mut();
        if position < values.len() {
            // Dropping the old value runs no Python code here (`__del__` is deferred), so the
            // vector may stay borrowed meanwhile.
            values[position] = value;
            Ok(())
        } else if position == values.len() {
            values.push(value);
            Ok(())
        } else {
            Err(value)
        }
    }

    /// Set an attribute of the instance itself.
    pub fn set_attr(&self, name: Value, value: Value) {
        if let Some(d) = self.dict_obj.get() {
            dict_of(d).borrow_mut().set_str(name, value);
            return;
        }
        let count = self.values.borrow().len();
        let value = match self.shared_position(&name) {
            Some(position) => match self.set_value_at(position, value) {
                Ok(()) => return,
                Err(value) => value,
            },
            None => {
                let cd = class_data(&self.class);
                let key_count = cd.shared_keys.borrow().len();
                // Only the instance that holds every shared name may add the next one: the
                // vector stays a prefix of the table.
                if key_count == count && key_count < SHARED_KEYS_MAX && name.as_pystr().is_some() {
                    cd.shared_keys.borrow_mut().set_str(name, Value::None);
                    self.values.borrow_mut().push(value);
                    return;
                }
                value
            }
        };
        self.combine().borrow_mut().set_str(name, value);
    }

    /// Remove an attribute of the instance itself, returning it.
    pub fn remove_attr(&self, name: &Value) -> Option<Value> {
        if self.dict_obj.get().is_none() {
            let position = self.shared_position(name)?;
            let count = self.values.borrow().len();
            if position >= count {
                return None;
            }
            if position + 1 == count {
                return self.values.borrow_mut().pop();
            }
        }
        self.combine().borrow_mut().remove_str(name)
    }

    /// The instance's attributes as a dict (moving to the combined form): for the paths that
    /// need a real dict (`vars`, `__dict__`, pickling, repr of exceptions).
    pub fn dict(&self) -> &RefCell<Dict> {
        self.combine()
    }

    /// The dict object, for `obj.__dict__` (see `vm::attr::dict_object_of`).
    pub fn dict_object(&self) -> &ObjRef {
        self.combine();
        self.dict_obj.get().expect("combined")
    }

    /// Is there any attribute set on the instance itself?
    pub fn has_attributes(&self) -> bool {
        self.attribute_count() > 0
    }

    /// Move to the combined form (once): the values go into a dict of the instance's own.
    fn combine(&self) -> &RefCell<Dict> {
        let d = self.dict_obj.get_or_init(|| {
            let values = std::mem::take(&mut *self.values.borrow_mut());
            let keys = class_data(&self.class).shared_keys.borrow();
            let mut dict = Dict::with_capacity(values.len());
            for (i, value) in values.into_iter().enumerate() {
                let key = keys.entry_at(i).map(|e| e.key.clone()).expect("shared key");
                dict.set_str(key, value);
            }
            // Untracked: the collector sees its entries as the instance's own until a script
            // holds the dict (`objects::traverse::instance_dict_is_inline`).
            ObjRef::new_untracked(Obj {
                payload: Payload::Dict(RefCell::new(dict)),
            })
        });
        dict_of(d)
    }

    /// The split form's values, for the collector (`None` in the combined form). `Err` if they
    /// are borrowed right now.
    pub fn split_values(&self) -> Option<Result<Ref<'_, Vec<Value>>, ()>> {
        if self.dict_obj.get().is_some() {
            return None;
        }
        Some(self.values.try_borrow().map_err(|_| ()))
    }

    /// Take every split value out (the collector's `clear_refs`).
    pub fn take_split_values(&self) -> Vec<Value> {
        self.values
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v))
            .unwrap_or_default()
    }
}

fn dict_of(d: &ObjRef) -> &RefCell<Dict> {
    match &d.payload {
        Payload::Dict(d) => d,
        _ => unreachable_dict(),
    }
}

#[cold]
fn unreachable_dict() -> &'static RefCell<Dict> {
    panic!("instance dict is not a dict")
}
