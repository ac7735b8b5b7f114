//! `ObjRef`, the handle to a heap object, and the allocation it points at: a header (the
//! reference count and the collector's word) followed by the `Obj`.
//!
//! The rule a reader must not break here: a count is a plain `Cell`, so only a thread that holds
//! the GIL may clone or drop a handle. `ObjRef` holds a raw pointer and is therefore `!Send`; the
//! one way across threads is `runtime::thread::SendBox`, whose invariant is the GIL.
//!
//! When a count reaches zero, in CPython's order (`subtype_dealloc`):
//! 1. an instance whose class defines `__del__`, and that was never finalized, is kept: its count
//!    goes back to one, owned by the finalizer queue, and `__del__` runs on the object itself at
//!    the next periodic check (PEP 442: once per object; a `__del__` that stores `self` resurrects
//!    it intact);
//! 2. the weak references to it die, their callbacks queued the same way;
//! 3. it leaves the collector's generation (`runtime::gc::untrack`);
//! 4. its payload is released through the trashcan (`runtime::finalize::release`), so a long
//!    chain frees iteratively;
//! 5. the allocation is freed, unless a `WeakObj` (an inline cache's claim on the address) still
//!    names it: then it stays, payload-less, until the last `WeakObj` goes.

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

use super::{Obj, Payload};
use crate::runtime::gc::GcHeader;

/// One heap object: its header, then the object.
pub struct ObjBox {
    refcount: Cell<usize>,
    pub(crate) gc: GcHeader,
    obj: Obj,
}

/// A counted handle to a heap object. Cloning increments the count, dropping decrements it.
pub struct ObjRef {
    ptr: NonNull<ObjBox>,
    // A raw pointer: `!Send` and `!Sync`, as an `Rc` is.
    _marker: PhantomData<*const ObjBox>,
}

impl ObjRef {
    /// A new object, tracked by the collector if its payload can hold other objects.
    #[inline]
    pub fn new(obj: Obj) -> ObjRef {
        let track = crate::runtime::gc::wants_tracking(&obj.payload);
        let handle = ObjRef::new_untracked(obj);
        if track {
            crate::runtime::gc::track(handle.ptr.as_ptr());
        }
        handle
    }

    /// A new object the collector does not see until `runtime::gc::track_object` (an instance's
    /// own `__dict__`, which the collector reaches through the instance).
    #[inline]
    pub fn new_untracked(obj: Obj) -> ObjRef {
        let boxed = Box::new(ObjBox {
            refcount: Cell::new(1),
            gc: GcHeader::new(),
            obj,
        });
        ObjRef {
            // SAFETY: `Box::into_raw` never returns null.
            ptr: unsafe { NonNull::new_unchecked(Box::into_raw(boxed)) },
            _marker: PhantomData,
        }
    }

    /// A new handle to a live object named by a raw box pointer (the collector's lists).
    ///
    /// # Safety
    /// `ptr` must point at a live `ObjBox` (count above zero), and the GIL must be held.
    // SAFETY: the callers uphold the contract in the doc comment above.
    pub unsafe fn from_box(ptr: *const ObjBox) -> ObjRef {
        let b = &*ptr;
        b.refcount.set(b.refcount.get() + 1);
        ObjRef {
            ptr: NonNull::new_unchecked(ptr as *mut ObjBox),
            _marker: PhantomData,
        }
    }

    #[inline(always)]
    fn inner(&self) -> &ObjBox {
        // SAFETY: a handle keeps its box alive (the count is at least one while it exists).
        unsafe { self.ptr.as_ref() }
    }

    /// The object's box, for the collector's lists and the weak-reference registry.
    #[inline(always)]
    pub fn box_ptr(this: &ObjRef) -> *const ObjBox {
        this.ptr.as_ptr()
    }

    /// The object's address: what `id()` shows.
    #[inline(always)]
    pub fn as_ptr(this: &ObjRef) -> *const Obj {
        &this.inner().obj
    }

    #[inline(always)]
    pub fn ptr_eq(a: &ObjRef, b: &ObjRef) -> bool {
        a.ptr == b.ptr
    }

    /// The number of handles to the object (what `sys.getrefcount` reports, less its argument).
    #[inline(always)]
    pub fn strong_count(this: &ObjRef) -> usize {
        this.inner().refcount.get()
    }

    #[inline(always)]
    pub fn header(this: &ObjRef) -> &GcHeader {
        &this.inner().gc
    }

    /// A claim on the address only (not the object): see `WeakObj`.
    pub fn downgrade(this: &ObjRef) -> WeakObj {
        this.inner().gc.add_weak_claim();
        WeakObj {
            ptr: this.ptr,
            _marker: PhantomData,
        }
    }
}

impl ObjBox {
    #[inline(always)]
    pub fn refcount(&self) -> usize {
        self.refcount.get()
    }

    #[inline(always)]
    pub fn obj(&self) -> &Obj {
        &self.obj
    }

    #[inline(always)]
    pub fn header(&self) -> &GcHeader {
        &self.gc
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        let b = self.inner();
        let n = b.refcount.get().wrapping_add(1);
        if n == 0 {
            // As `Rc`: more handles than the address space could hold means memory is corrupt.
            std::process::abort();
        }
        b.refcount.set(n);
        ObjRef {
            ptr: self.ptr,
            _marker: PhantomData,
        }
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        let b = self.inner();
        let n = b.refcount.get() - 1;
        b.refcount.set(n);
        if n == 0 {
            // SAFETY: the count just reached zero: this was the last handle.
            unsafe { last_handle_dropped(self.ptr) };
        }
    }
}

impl std::ops::Deref for ObjRef {
    type Target = Obj;
    #[inline(always)]
    fn deref(&self) -> &Obj {
        &self.inner().obj
    }
}

/// Steps 1-5 of the module comment.
///
/// # Safety
/// `ptr`'s count has just reached zero, the GIL is held, and no reference into the object is alive.
#[cold]
#[inline(never)]
// SAFETY: `ObjRef::drop`, the one caller, upholds the contract in the doc comment above.
unsafe fn last_handle_dropped(ptr: NonNull<ObjBox>) {
    let b = ptr.as_ref();
    if !b.gc.is_finalized() && needs_finalizer(&b.obj.payload) {
        b.gc.set_finalized();
        b.refcount.set(1);
        crate::runtime::finalize::queue_finalizer(ObjRef {
            ptr,
            _marker: PhantomData,
        });
        return;
    }
    if b.gc.has_weakrefs() {
        crate::runtime::gc::clear_weakrefs_to(ptr.as_ptr());
        if b.refcount.get() != 0 {
            // A weak reference callback cannot see a dead object, so none can revive it; this
            // guards against a future change that would let one.
            return;
        }
    }
    if b.gc.is_tracked() {
        crate::runtime::gc::untrack(ptr.as_ptr());
    }
    let payload = std::mem::replace(&mut (*ptr.as_ptr()).obj.payload, Payload::Ellipsis);
    if !b.gc.has_weak_claims() {
        drop(Box::from_raw(ptr.as_ptr()));
    }
    if !super::payload_is_leaf(&payload) {
        crate::runtime::finalize::release(payload);
    }
}

fn needs_finalizer(payload: &Payload) -> bool {
    match payload {
        Payload::Instance(inst) => super::class::class_data(&inst.class).has_finalizer.get(),
        _ => false,
    }
}

/// A claim on an object's address that does not keep the object alive: the inline caches hold
/// one so that no other object can be allocated at the address they compare against. It can
/// only be compared, never dereferenced.
pub struct WeakObj {
    ptr: NonNull<ObjBox>,
    _marker: PhantomData<*const ObjBox>,
}

impl WeakObj {
    /// The address the object had (and has, while alive): comparable with `ObjRef::as_ptr`.
    pub fn as_ptr(&self) -> *const Obj {
        // SAFETY: the claim keeps the box allocated; only an address is computed.
        unsafe { &(*self.ptr.as_ptr()).obj as *const Obj }
    }
}

impl WeakObj {
    /// The box, for the collector's registry.
    pub fn box_ptr(&self) -> *const ObjBox {
        self.ptr.as_ptr()
    }

    /// Whether the object still lives.
    pub fn is_alive(&self) -> bool {
        // SAFETY: the claim keeps the box allocated, so its count can be read.
        unsafe { self.ptr.as_ref() }.refcount.get() > 0
    }

    /// A counted handle, if the object still lives.
    pub fn upgrade(&self) -> Option<ObjRef> {
        if !self.is_alive() {
            return None;
        }
        // The count is above zero, so the object is whole (a count of zero is the only state in
        // which its payload is being released); the GIL is held (WeakObj is !Send), so nothing
        // frees it between this check and the increment.
        // SAFETY: the claim keeps the box allocated, and the object is alive (above).
        let b = unsafe { self.ptr.as_ref() };
        b.refcount.set(b.refcount.get() + 1);
        Some(ObjRef {
            ptr: self.ptr,
            _marker: PhantomData,
        })
    }
}

impl Clone for WeakObj {
    fn clone(&self) -> WeakObj {
        // SAFETY: the claim keeps the box allocated, so its header can be updated.
        unsafe { self.ptr.as_ref() }.gc.add_weak_claim();
        WeakObj {
            ptr: self.ptr,
            _marker: PhantomData,
        }
    }
}

impl Drop for WeakObj {
    fn drop(&mut self) {
        // SAFETY: the claim kept the box allocated; the GIL is held (WeakObj is !Send).
        unsafe {
            let b = self.ptr.as_ref();
            if b.gc.drop_weak_claim() && b.refcount.get() == 0 {
                drop(Box::from_raw(self.ptr.as_ptr()));
            }
        }
    }
}

/// A value a cache names without counting it (CPython's borrowed reference in its type cache).
/// The cache must prove the value alive before each use: a method-cache or attribute-cache entry
/// is only read while its class (compared by address, a `WeakObj` claim keeping the address
/// unique) is alive and the type version it was filled under is current, so the class's MRO dicts,
/// which hold the value, are unchanged. Then no cache keeps a class, or what its methods reach,
/// alive after the script let go of it.
pub struct Borrowed(std::mem::ManuallyDrop<super::Value>);

impl Borrowed {
    /// # Safety
    /// The caller must read the result only while something else keeps `v` alive (see above).
    // SAFETY: the callers uphold the contract in the doc comment above.
    pub unsafe fn new(v: &super::Value) -> Borrowed {
        Borrowed(std::mem::ManuallyDrop::new(std::ptr::read(v)))
    }

    pub fn get(&self) -> &super::Value {
        &self.0
    }
}
