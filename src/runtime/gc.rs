//! The cycle collector: CPython's generational algorithm (`Modules/gcmodule.c`) over gilt's
//! objects.
//!
//! Reference counting frees everything but cycles. Every object whose payload can hold other
//! objects (`wants_tracking`) is tracked: it sits in one of three generations (plus the
//! permanent one `gc.freeze()` fills), a list of box pointers, and its header records which list
//! and where, so untracking at free time is a swap-remove.
//!
//! A collection of generation N merges generations 0..=N into a working list and then:
//! 1. copies each object's reference count into `gc_refs`;
//! 2. subtracts every reference one working object holds to another (`Payload::traverse`):
//!    what stays above zero is referenced from outside the working list (a frame, a Rust
//!    handle, an older object) — **the `gc_refs` rule: traverse must visit exactly the counted
//!    handles a payload owns, never one it does not own**, or a live object is freed; a handle
//!    it forgets only keeps garbage alive;
//! 3. marks everything reachable from those as alive; the rest is unreachable;
//! 4. holds a handle to each unreachable object, so nothing in the set is freed early;
//! 5. clears weak references to them, calling the callbacks of weak references that are not
//!    themselves garbage;
//! 6. runs `__del__` once per object (PEP 442), then recounts the set: an object a finalizer
//!    made reachable again, and all it reaches, survives intact;
//! 7. clears the rest (`Payload::clear_refs`), which breaks the cycles, and drops the handles.
//!
//! Survivors move one generation up. The automatic trigger is CPython 3.11's: allocations of
//! tracked objects minus their deallocations past `threshold[0]` raise the eval breaker, and the
//! next periodic check collects the oldest generation whose count passed its threshold (the
//! oldest only when the objects waiting for a full collection are a quarter of those that had
//! one). All of it runs under the GIL, on whichever thread sees the breaker first: the other
//! threads' frames hold counts like any outside reference, so what they use is never garbage.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::objects::handle::{ObjBox, WeakObj};
use crate::objects::traverse::Referent;
use crate::objects::{ObjRef, Payload, Value};

// ----- the header word -------------------------------------------------------------------------

const INDEX_MASK: u64 = 0xFFFF_FFFF;
const CLAIM_SHIFT: u32 = 32;
const CLAIM_MASK: u64 = 0xFFFF << CLAIM_SHIFT;
const CLAIM_SATURATED: u64 = 0xFFFF;
const GEN_SHIFT: u32 = 48;
const GEN_MASK: u64 = 0xF << GEN_SHIFT;
const FINALIZED: u64 = 1 << 52;
const HAS_WEAKREFS: u64 = 1 << 53;
/// During `find_unreachable` only: reachable from outside the working list; and its referents
/// marked too.
const REACHABLE: u64 = 1 << 54;
const SCANNED: u64 = 1 << 55;

/// Generations 0, 1, 2, then the permanent one (`gc.freeze`).
pub const NUM_GENERATIONS: usize = 3;
const PERMANENT: u64 = 3;
/// In the working list of the collection under way.
const COLLECTING: u64 = 4;
const UNTRACKED: u64 = 15;

/// The collector's word in every object header: the position in its generation's list (32
/// bits), the count of `WeakObj` claims on the address (16 bits, saturating: a saturated box is
/// never freed), the generation (4 bits) and flags.
pub struct GcHeader(Cell<u64>);

impl GcHeader {
    pub const fn new() -> GcHeader {
        GcHeader(Cell::new(UNTRACKED << GEN_SHIFT))
    }

    #[inline(always)]
    fn generation(&self) -> u64 {
        (self.0.get() & GEN_MASK) >> GEN_SHIFT
    }

    #[inline(always)]
    fn index(&self) -> usize {
        (self.0.get() & INDEX_MASK) as usize
    }

    #[inline(always)]
    fn place(&self, generation: u64, index: usize) {
        let keep = self.0.get() & !(GEN_MASK | INDEX_MASK);
        self.0
            .set(keep | (generation << GEN_SHIFT) | (index as u64 & INDEX_MASK));
    }

    #[inline(always)]
    pub fn is_tracked(&self) -> bool {
        self.generation() != UNTRACKED
    }

    #[inline(always)]
    pub fn is_finalized(&self) -> bool {
        self.0.get() & FINALIZED != 0
    }

    pub fn set_finalized(&self) {
        self.0.set(self.0.get() | FINALIZED);
    }

    #[inline(always)]
    pub fn has_weakrefs(&self) -> bool {
        self.0.get() & HAS_WEAKREFS != 0
    }

    fn set_has_weakrefs(&self, on: bool) {
        let w = self.0.get();
        self.0.set(if on {
            w | HAS_WEAKREFS
        } else {
            w & !HAS_WEAKREFS
        });
    }

    pub fn add_weak_claim(&self) {
        let w = self.0.get();
        let n = (w & CLAIM_MASK) >> CLAIM_SHIFT;
        if n < CLAIM_SATURATED {
            self.0.set(w + (1 << CLAIM_SHIFT));
        }
    }

    /// Drop a claim; true when none is left.
    pub fn drop_weak_claim(&self) -> bool {
        let w = self.0.get();
        let n = (w & CLAIM_MASK) >> CLAIM_SHIFT;
        if n == CLAIM_SATURATED {
            return false;
        }
        self.0.set(w - (1 << CLAIM_SHIFT));
        n == 1
    }

    pub fn has_weak_claims(&self) -> bool {
        self.0.get() & CLAIM_MASK != 0
    }
}

/// `find_unreachable`'s use of the header: while it runs, the position bits of a working object
/// hold its `gc_refs` (as CPython keeps them in `_gc_prev`), and two bits mark reachability; it
/// puts the positions back before it returns.
impl GcHeader {
    #[inline(always)]
    fn gc_refs(&self) -> i32 {
        (self.0.get() & INDEX_MASK) as u32 as i32
    }

    #[inline(always)]
    fn set_gc_refs(&self, refs: i32) {
        self.0
            .set((self.0.get() & !INDEX_MASK) | (refs as u32 as u64));
    }

    #[inline(always)]
    fn has(&self, flag: u64) -> bool {
        self.0.get() & flag != 0
    }

    #[inline(always)]
    fn add(&self, flag: u64) {
        self.0.set(self.0.get() | flag);
    }
}

impl Default for GcHeader {
    fn default() -> Self {
        GcHeader::new()
    }
}

// ----- the collector's state -------------------------------------------------------------------

/// Per generation, as `gc.get_stats()` reports.
#[derive(Clone, Copy, Default)]
pub struct GenerationStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

pub struct GcState {
    /// Generations 0, 1, 2 and the permanent one: box pointers of tracked objects.
    lists: [Vec<*const ObjBox>; 4],
    /// The collection under way: null where an object was freed meanwhile.
    working: Vec<*const ObjBox>,
    pub count: [usize; NUM_GENERATIONS],
    pub threshold: [usize; NUM_GENERATIONS],
    pub enabled: bool,
    pub collecting: bool,
    /// The eval breaker was raised for an automatic collection.
    pending: bool,
    long_lived_total: usize,
    long_lived_pending: usize,
    pub stats: [GenerationStats; NUM_GENERATIONS],
    /// `gc.set_debug` flags (kept and reported; gilt prints no debugging output).
    pub debug: i64,
    /// Referent box -> the weak reference objects to it (claims, so a dead one is just skipped).
    weakrefs: HashMap<usize, Vec<WeakObj>>,
}

#[cfg(not(test))]
struct GilBound(RefCell<Option<GcState>>);

// The state is only touched by a thread that holds the GIL (every entry point is reached from
// object creation, destruction or the `gc` module, all of which need the GIL). A forked child
// has its own copy, with the only thread left.
#[cfg(not(test))]
// SAFETY: only the GIL holder touches the state (above), so no two threads touch it at once.
unsafe impl Sync for GilBound {}

#[cfg(not(test))]
static STATE: GilBound = GilBound(RefCell::new(None));

/// Run `f` on the state. It must not create or free objects, or run Python code (which would
/// re-enter the state): it borrows the state for its whole run.
#[cfg(not(test))]
fn with_state<R>(f: impl FnOnce(&mut GcState) -> R) -> R {
    let mut slot = STATE.0.borrow_mut();
    let state = slot.get_or_insert_with(GcState::new);
    f(state)
}

// Unit tests run on many threads at once, each without a GIL: each gets a collector of its own.
#[cfg(test)]
#[path = "gc_tests.rs"]
mod tests;

#[cfg(test)]
thread_local! {
    static TEST_STATE: RefCell<Option<GcState>> = const { RefCell::new(None) };
}

#[cfg(test)]
fn with_state<R>(f: impl FnOnce(&mut GcState) -> R) -> R {
    TEST_STATE.with(|slot| {
        let mut slot = slot.borrow_mut();
        f(slot.get_or_insert_with(GcState::new))
    })
}

impl GcState {
    fn new() -> GcState {
        GcState {
            lists: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
            working: Vec::new(),
            count: [0; NUM_GENERATIONS],
            threshold: [700, 10, 10],
            enabled: true,
            collecting: false,
            pending: false,
            long_lived_total: 0,
            long_lived_pending: 0,
            stats: [GenerationStats::default(); NUM_GENERATIONS],
            debug: 0,
            weakrefs: HashMap::new(),
        }
    }

    fn push(&mut self, generation: usize, ptr: *const ObjBox) {
        let list = &mut self.lists[generation];
        list.push(ptr);
        // SAFETY: `ptr` is a live box (tracked objects are live; the caller just made or moved it).
        unsafe { (*ptr).header().place(generation as u64, list.len() - 1) };
    }
}

/// Whether objects with this payload are tracked: everything that can hold a handle. A tuple
/// holding only atoms is not (CPython untracks those at its first collection; a tuple cannot
/// change, so gilt decides when it is made).
#[inline]
pub fn wants_tracking(payload: &Payload) -> bool {
    match payload {
        Payload::Tuple(items) => !items.iter().all(is_atomic),
        Payload::BuiltinFunction(f) => f.bound.is_some(),
        other => is_container(other),
    }
}

/// Whether objects with this payload can hold handles at all (CPython's "GC type"): what
/// `gc.get_referents` looks into, tracked or not.
pub fn is_container(payload: &Payload) -> bool {
    if let Payload::Native(_, data) = payload {
        return data.is_container();
    }
    !matches!(
        payload,
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
            | Payload::Ellipsis
    )
}

/// A value no cycle can pass through: an immediate, a leaf object or an untracked tuple.
fn is_atomic(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(_) => !ObjRef::header(o).is_tracked(),
            p => !wants_tracking(p),
        },
        _ => true,
    }
}

/// Put a new object in generation 0, raising the eval breaker when it passes its threshold.
pub fn track(ptr: *const ObjBox) {
    let wake = with_state(|st| {
        st.push(0, ptr);
        st.count[0] += 1;
        if st.count[0] > st.threshold[0]
            && st.threshold[0] > 0
            && st.enabled
            && !st.collecting
            && !st.pending
        {
            st.pending = true;
            return true;
        }
        false
    });
    if wake {
        super::finalize::raise_breaker();
    }
}

/// Track an object made untracked (an instance `__dict__` once a script holds it).
pub fn track_object(obj: &ObjRef) {
    if !ObjRef::header(obj).is_tracked() {
        track(ObjRef::box_ptr(obj));
    }
}

/// Take a dying object out of its generation.
pub fn untrack(ptr: *const ObjBox) {
    with_state(|st| {
        // SAFETY: `ptr` is the dying object's box, still allocated.
        let header = unsafe { (*ptr).header() };
        let generation = header.generation();
        let index = header.index();
        match generation {
            0..=3 => {
                let list = &mut st.lists[generation as usize];
                list.swap_remove(index);
                if let Some(&moved) = list.get(index) {
                    // SAFETY: every pointer in a list is a live tracked box.
                    unsafe { (*moved).header().place(generation, index) };
                }
            }
            COLLECTING => st.working[index] = std::ptr::null(),
            _ => return,
        }
        header.place(UNTRACKED, 0);
        if st.count[0] > 0 {
            st.count[0] -= 1;
        }
    });
}

/// The state, read: counts, thresholds, flags, stats.
pub fn read<R>(f: impl FnOnce(&GcState) -> R) -> R {
    with_state(|st| f(st))
}

/// The state, changed (thresholds, enable/disable). `f` must not make or free objects.
pub fn update<R>(f: impl FnOnce(&mut GcState) -> R) -> R {
    with_state(f)
}

/// Whether an automatic collection is due: called by the periodic check, which then runs
/// `collect_generations`.
pub fn take_pending() -> bool {
    with_state(|st| std::mem::replace(&mut st.pending, false))
}

/// The generation an automatic collection should collect now, if any (CPython 3.11's
/// `collect_generations`).
pub fn generation_due() -> Option<usize> {
    with_state(|st| {
        if !st.enabled || st.collecting {
            return None;
        }
        for generation in (0..NUM_GENERATIONS).rev() {
            if st.count[generation] > st.threshold[generation] && st.threshold[generation] > 0 {
                if generation == NUM_GENERATIONS - 1
                    && st.long_lived_pending < st.long_lived_total / 4
                {
                    continue;
                }
                return Some(generation);
            }
        }
        None
    })
}

/// Handles to every tracked object, generation by generation (`None`: all but the permanent).
pub fn objects(generation: Option<usize>) -> Vec<ObjRef> {
    let pointers: Vec<*const ObjBox> = with_state(|st| match generation {
        Some(g) => st.lists[g].clone(),
        None => st.lists[..NUM_GENERATIONS].concat(),
    });
    pointers
        .into_iter()
        // SAFETY: the lists hold live boxes, and nothing was freed since they were read.
        .map(|p| unsafe { ObjRef::from_box(p) })
        .collect()
}

/// `gc.freeze()`: every tracked object moves to the permanent generation.
pub fn freeze() {
    with_state(|st| {
        for generation in 0..NUM_GENERATIONS {
            let list = std::mem::take(&mut st.lists[generation]);
            for p in list {
                st.push(PERMANENT as usize, p);
            }
            st.count[generation] = 0;
        }
    })
}

/// `gc.unfreeze()`: the permanent generation goes back into the oldest.
pub fn unfreeze() {
    with_state(|st| {
        let list = std::mem::take(&mut st.lists[PERMANENT as usize]);
        for p in list {
            st.push(NUM_GENERATIONS - 1, p);
        }
    })
}

pub fn freeze_count() -> usize {
    with_state(|st| st.lists[PERMANENT as usize].len())
}

// ----- weak references -------------------------------------------------------------------------

/// Record that `weakref` (a weak reference object) refers to `referent`.
pub fn register_weakref(referent: &ObjRef, weakref: &ObjRef) {
    ObjRef::header(referent).set_has_weakrefs(true);
    let claim = ObjRef::downgrade(weakref);
    with_state(|st| {
        st.weakrefs
            .entry(ObjRef::box_ptr(referent) as usize)
            .or_default()
            .push(claim)
    });
}

/// The live weak reference objects to `referent`, oldest first.
pub fn weakrefs_to(referent: &ObjRef) -> Vec<ObjRef> {
    if !ObjRef::header(referent).has_weakrefs() {
        return Vec::new();
    }
    let pointers: Vec<*const ObjBox> = with_state(|st| {
        st.weakrefs
            .get(&(ObjRef::box_ptr(referent) as usize))
            .map(|claims| live_pointers(claims))
            .unwrap_or_default()
    });
    pointers
        .into_iter()
        // SAFETY: `live_pointers` kept only boxes whose count is above zero.
        .map(|p| unsafe { ObjRef::from_box(p) })
        .collect()
}

fn live_pointers(claims: &[WeakObj]) -> Vec<*const ObjBox> {
    claims
        .iter()
        .filter(|c| c.is_alive())
        .map(|c| c.box_ptr())
        .collect()
}

/// Forget the weak reference objects to `referent` that died (called when one dies first).
pub fn prune_weakrefs(referent: *const ObjBox) {
    let dead: Vec<WeakObj> = with_state(|st| {
        let Some(claims) = st.weakrefs.get_mut(&(referent as usize)) else {
            return Vec::new();
        };
        let (live, dead): (Vec<WeakObj>, Vec<WeakObj>) = std::mem::take(claims)
            .into_iter()
            .partition(|c| c.is_alive());
        *claims = live;
        dead
    });
    drop(dead);
}

/// Kill the weak references to a dying object (count zero): each forgets its referent, and
/// those with a callback are queued to have it called with the reference.
pub fn clear_weakrefs_to(referent: *const ObjBox) {
    // SAFETY: `referent` is the dying object's box, still allocated.
    unsafe { (*referent).header().set_has_weakrefs(false) };
    let claims = with_state(|st| st.weakrefs.remove(&(referent as usize)));
    let Some(claims) = claims else { return };
    let refs: Vec<ObjRef> = live_pointers(&claims)
        .into_iter()
        // SAFETY: `live_pointers` kept only boxes whose count is above zero.
        .map(|p| unsafe { ObjRef::from_box(p) })
        .collect();
    drop(claims);
    for r in refs.into_iter().rev() {
        if let Some(callback) = crate::objects::weakref::kill(&r) {
            super::finalize::queue_weakref_callback(callback, crate::objects::weakref::outer(&r));
        }
    }
}

// ----- a collection ----------------------------------------------------------------------------

/// What one collection found.
pub struct Collected {
    /// Unreachable objects found (what `gc.collect()` returns).
    pub unreachable: usize,
    /// Never anything: gilt's finalizers cannot make an object uncollectable.
    pub uncollectable: usize,
}

/// The slot of a working-list object, if `obj` is one.
#[inline]
fn working_index(obj: &ObjRef) -> Option<usize> {
    let h = ObjRef::header(obj);
    (h.generation() == COLLECTING).then(|| h.index())
}

/// Mark a collection as under way (its `gc.callbacks` run before and after it): false if one
/// already is. Allocations meanwhile raise no automatic collection.
pub fn begin_collection() -> bool {
    with_state(|st| !std::mem::replace(&mut st.collecting, true))
}

pub fn end_collection() {
    with_state(|st| st.collecting = false);
}

/// Collect `generation` (and the younger ones), between `begin_collection` and
/// `end_collection`. `finalize` calls `__del__` of an object and
/// reports its error; weak reference callbacks run through `call_callback`.
pub fn collect(
    generation: usize,
    finalize: &mut dyn FnMut(&ObjRef),
    call_callback: &mut dyn FnMut(Value, Value),
) -> Collected {
    // 1. Merge the generations into the working list.
    let started = with_state(|st| {
        if !st.collecting || !st.working.is_empty() {
            return false;
        }
        // Oldest first, as CPython merges the younger lists behind the older; the oldest list's
        // buffer becomes the working list (a full collection copies no heap-sized list).
        let mut working = std::mem::take(&mut st.lists[generation]);
        for g in (0..generation).rev() {
            working.append(&mut st.lists[g]);
        }
        for (i, &p) in working.iter().enumerate() {
            // SAFETY: listed boxes are live.
            unsafe { (*p).header().place(COLLECTING, i) };
        }
        st.working = working;
        if generation + 1 < NUM_GENERATIONS {
            st.count[generation + 1] += 1;
        }
        for g in 0..=generation {
            st.count[g] = 0;
        }
        true
    });
    if !started {
        return Collected {
            unreachable: 0,
            uncollectable: 0,
        };
    }

    // 2-4. Find the unreachable objects and hold them.
    // `positions[g]` is the working-list slot of `garbage[g]`, ascending: a binary search finds
    // whether a working object is garbage (a table over the whole working list would cost four
    // bytes an object on a large heap).
    let (garbage, positions) = with_state(|st| {
        let positions: Vec<u32> = find_unreachable(&st.working)
            .into_iter()
            .map(|i| i as u32)
            .collect();
        let garbage: Vec<ObjRef> = positions
            .iter()
            // SAFETY: working boxes are live: nothing was freed while the state was borrowed.
            .map(|&i| unsafe { ObjRef::from_box(st.working[i as usize]) })
            .collect();
        (garbage, positions)
    });
    let found = garbage.len();

    if !garbage.is_empty() {
        // 5. Weak references to garbage die; callbacks of those that are not garbage run.
        let mut callbacks = Vec::new();
        for obj in &garbage {
            if !ObjRef::header(obj).has_weakrefs() {
                continue;
            }
            for r in weakrefs_to(obj) {
                let callback = crate::objects::weakref::kill(&r);
                let weakref_is_garbage = garbage_index(&positions, &r).is_some();
                if let (Some(cb), false) = (callback, weakref_is_garbage) {
                    callbacks.push((cb, crate::objects::weakref::outer(&r)));
                }
            }
            ObjRef::header(obj).set_has_weakrefs(false);
            with_state(|st| st.weakrefs.remove(&(ObjRef::box_ptr(obj) as usize)));
        }
        for (cb, r) in callbacks {
            call_callback(cb, r);
        }

        // 6. Finalizers, once per object; then what they made reachable again survives.
        let mut ran_finalizer = false;
        for obj in &garbage {
            let header = ObjRef::header(obj);
            if header.is_finalized() || !has_del(obj) {
                continue;
            }
            header.set_finalized();
            ran_finalizer = true;
            finalize(obj);
        }
        let doomed: Vec<bool> = if ran_finalizer {
            still_unreachable(&garbage, &positions)
        } else {
            vec![true; garbage.len()]
        };

        // 7. Break the cycles.
        for (obj, doomed) in garbage.iter().zip(&doomed) {
            if *doomed {
                obj.payload.clear_refs();
            }
        }
    }
    drop(garbage);

    // Survivors move one generation up.
    with_state(|st| {
        let to = (generation + 1).min(NUM_GENERATIONS - 1);
        let mut working = std::mem::take(&mut st.working);
        working.retain(|p| !p.is_null());
        let survivors = working.len();
        // An empty target takes the working list's buffer itself: a full collection of a large
        // heap then needs no second list as large.
        let start = st.lists[to].len();
        if start == 0 {
            st.lists[to] = working;
        } else {
            st.lists[to].append(&mut working);
        }
        for (i, &p) in st.lists[to][start..].iter().enumerate() {
            // SAFETY: survivors are live tracked boxes.
            unsafe { (*p).header().place(to as u64, start + i) };
        }
        if generation == NUM_GENERATIONS - 2 {
            st.long_lived_pending += survivors;
        }
        if generation == NUM_GENERATIONS - 1 {
            st.long_lived_pending = 0;
            st.long_lived_total = st.lists[to].len();
        }
        let stats = &mut st.stats[generation];
        stats.collections += 1;
        stats.collected += found;
    });
    Collected {
        unreachable: found,
        uncollectable: 0,
    }
}

fn has_del(obj: &ObjRef) -> bool {
    match &obj.payload {
        Payload::Instance(inst) => crate::objects::class::class_data(&inst.class)
            .has_finalizer
            .get(),
        _ => false,
    }
}

/// Steps 1-3 over the working list: the positions of the unreachable objects. The counts and
/// marks live in the working objects' headers (see `GcHeader::gc_refs`), so a collection of a
/// large heap needs no side table beyond the frontier of its walk.
fn find_unreachable(working: &[*const ObjBox]) -> Vec<usize> {
    // Working boxes are live while the state is borrowed (nothing is freed then).
    let at = |i: usize| -> &ObjBox {
        // SAFETY: as said above.
        unsafe { &*working[i] }
    };
    let collecting = |o: &ObjRef| ObjRef::header(o).generation() == COLLECTING;
    // A count past i32::MAX is clamped: subtracting from it can only go below zero, which reads
    // as "reachable", the safe answer.
    for i in 0..working.len() {
        let b = at(i);
        b.header()
            .set_gc_refs(b.refcount().min(i32::MAX as usize) as i32);
    }
    for i in 0..working.len() {
        at(i).obj().payload.traverse(&mut |child| {
            if let Some(c) = child.obj().filter(|c| collecting(c)) {
                let h = ObjRef::header(c);
                h.set_gc_refs(h.gc_refs() - 1);
            }
        });
    }
    // A negative count means a traverse visited a handle its payload does not own (a bug):
    // keeping the object is the safe answer.
    debug_assert!(
        (0..working.len()).all(|i| at(i).header().gc_refs() >= 0),
        "gc_refs went negative"
    );
    for i in 0..working.len() {
        let h = at(i).header();
        if h.gc_refs() != 0 {
            h.add(REACHABLE);
        }
    }
    // Each object referenced from outside starts a depth-first walk; the stack holds only its
    // frontier.
    let mut stack: Vec<*const ObjBox> = Vec::new();
    for (root, &root_box) in working.iter().enumerate() {
        let h = at(root).header();
        if !h.has(REACHABLE) || h.has(SCANNED) {
            continue;
        }
        stack.push(root_box);
        while let Some(p) = stack.pop() {
            // SAFETY: only working boxes are pushed, and they are live (above).
            let b = unsafe { &*p };
            if b.header().has(SCANNED) {
                continue;
            }
            b.header().add(SCANNED | REACHABLE);
            b.obj().payload.traverse(&mut |child| {
                if let Some(c) = child.obj().filter(|c| collecting(c)) {
                    let h = ObjRef::header(c);
                    if !h.has(SCANNED) {
                        h.add(REACHABLE);
                        stack.push(ObjRef::box_ptr(c));
                    }
                }
            });
        }
    }
    let mut unreachable = Vec::new();
    for i in 0..working.len() {
        let h = at(i).header();
        if !h.has(REACHABLE) {
            unreachable.push(i);
        }
        h.0.set(h.0.get() & !(REACHABLE | SCANNED));
        h.place(COLLECTING, i);
    }
    unreachable
}

/// The place of `obj` in the garbage, if it is garbage (`positions` as in `collect`).
fn garbage_index(positions: &[u32], obj: &ObjRef) -> Option<usize> {
    let i = working_index(obj)?;
    positions.binary_search(&(i as u32)).ok()
}

/// After finalizers ran: which of `garbage` are still unreachable (each is held once by the
/// collector). An object referenced from outside the set, and all it reaches, is resurrected.
/// `positions` gives each one's working-list slot (the garbage stays in the working list, held,
/// until the collection ends).
fn still_unreachable(garbage: &[ObjRef], positions: &[u32]) -> Vec<bool> {
    let slot_of = |child: &ObjRef| garbage_index(positions, child);
    let mut gc_refs: Vec<isize> = garbage
        .iter()
        .map(|g| ObjRef::strong_count(g) as isize - 1)
        .collect();
    for g in garbage {
        g.payload.traverse(&mut |child| {
            if let Some(i) = child.obj().and_then(slot_of) {
                gc_refs[i] -= 1;
            }
        });
    }
    let mut alive: Vec<bool> = gc_refs.iter().map(|&r| r != 0).collect();
    let mut stack: Vec<usize> = (0..garbage.len()).filter(|&i| alive[i]).collect();
    while let Some(i) = stack.pop() {
        garbage[i].payload.traverse(&mut |child| {
            if let Some(j) = child.obj().and_then(slot_of) {
                if !alive[j] {
                    alive[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    alive.into_iter().map(|a| !a).collect()
}

/// Every value `obj` holds (`gc.get_referents`).
pub fn referents(obj: &ObjRef) -> Vec<Value> {
    let mut out = Vec::new();
    obj.payload.traverse(&mut |child| {
        out.push(match child {
            Referent::Value(v) => v.clone(),
            Referent::Obj(o) => Value::Obj(o.clone()),
        })
    });
    out
}

/// Whether `obj` holds a handle to `target`.
pub fn refers_to(obj: &ObjRef, target: &ObjRef) -> bool {
    let mut found = false;
    obj.payload.traverse(&mut |child| {
        found |= child.obj().is_some_and(|c| ObjRef::ptr_eq(c, target));
    });
    found
}

/// Every tracked object's header names its list and position (the unit tests' check).
#[cfg(test)]
pub fn check_lists() {
    with_state(|st| {
        for (generation, list) in st.lists.iter().enumerate() {
            for (i, &p) in list.iter().enumerate() {
                // SAFETY: listed boxes are live.
                let h = unsafe { (*p).header() };
                assert_eq!(
                    h.generation(),
                    generation as u64,
                    "generation of entry {}",
                    i
                );
                assert_eq!(
                    h.index(),
                    i,
                    "index of entry {} in generation {}",
                    i,
                    generation
                );
            }
        }
    })
}

/// Where a tracked object is: its generation (`None` if untracked).
#[cfg(test)]
pub fn generation_of(obj: &ObjRef) -> Option<u64> {
    let h = ObjRef::header(obj);
    h.is_tracked().then(|| h.generation())
}
